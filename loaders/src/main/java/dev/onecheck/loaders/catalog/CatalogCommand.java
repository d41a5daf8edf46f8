package dev.onecheck.loaders.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.onecheck.domain.catalog.Department;
import dev.onecheck.domain.catalog.Industry;
import dev.onecheck.domain.catalog.Item;
import dev.onecheck.domain.catalog.Region;
import dev.onecheck.domain.catalog.Scenario;
import dev.onecheck.loaders.LoadCommand;
import dev.onecheck.loaders.sheet.RecordLoader;
import dev.onecheck.loaders.sheet.ReferenceCheck;
import dev.onecheck.loaders.sheet.SheetReader;
import dev.onecheck.loaders.sheet.SheetRow;
import dev.onecheck.loaders.sheet.ValidatedRows;
import dev.onecheck.store.Aggregate;
import dev.onecheck.store.LoadCounts;
import dev.onecheck.store.catalog.CatalogStore;
import dev.onecheck.store.law.LawStore;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Loads the supervision catalogue from a folder of spreadsheets, in dependency order: regions, departments,
 * industries, items, scenarios, officers ({@code <name>.csv} or {@code <name>.xlsx}; absent files are skipped).
 * Each file is validated whole — every row, every reference to another file or to the graph, every legal basis
 * against the laws in force — and written only when it has no error. Exit code 0, or 2 when a file was rejected.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Loads regions, departments, industries, items (监管事项), scenarios (场景) and officers from spreadsheets.")
public class CatalogCommand implements Callable<Integer> {

    @ParentCommand
    LoadCommand load;

    @Parameters(paramLabel = "DIR", description = "Folder with regions/departments/industries/items/scenarios/officers .csv or .xlsx")
    Path dir;

    private CatalogStore store;
    private LawStore laws;
    private RecordLoader records;
    private SheetReader reader;
    private boolean rejected;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            load.err().println("catalog: " + dir + " is not a folder");
            return 1;
        }
        records = load.recordLoader();
        reader = load.sheetReader();
        try (Driver driver = load.connect()) {
            store = new CatalogStore(driver);
            laws = new LawStore(driver);
            loadFile("regions", CatalogRows.REGION_COLUMNS, "行政区划代码", CatalogRows::region,
                    file -> file.requireKnown("上级代码", r -> listOf(r.parentCode()), inFileOrGraph(CatalogStore.REGIONS, file, Region::code), "region"),
                    store::writeRegions);
            loadFile("departments", CatalogRows.DEPARTMENT_COLUMNS, "部门编码", CatalogRows::department, file -> {
                        file.requireKnown("行政区划代码", d -> List.of(d.regionCode()), inGraph(CatalogStore.REGIONS), "region");
                        file.requireKnown("上级部门编码", d -> listOf(d.parentCode()),
                                inFileOrGraph(CatalogStore.DEPARTMENTS, file, Department::code), "department");
                    }, store::writeDepartments);
            loadFile("industries", CatalogRows.INDUSTRY_COLUMNS, "行业代码", CatalogRows::industry,
                    file -> file.requireKnown("上级代码", i -> listOf(i.parentCode()), inFileOrGraph(CatalogStore.INDUSTRIES, file, Industry::code), "industry"),
                    store::writeIndustries);
            loadFile("items", CatalogRows.ITEM_COLUMNS, "事项编码", CatalogRows::item, this::checkItems, store::writeItems);
            loadFile("scenarios", CatalogRows.SCENARIO_COLUMNS, "场景编码", CatalogRows::scenario, this::checkScenarios, store::writeScenarios);
            loadFile("officers", CatalogRows.OFFICER_COLUMNS, "执法证号", CatalogRows::officer,
                    file -> file.requireKnown("部门", o -> List.of(o.departmentCode()), inGraph(CatalogStore.DEPARTMENTS), "department"),
                    store::writeOfficers);
        }
        return rejected ? 2 : 0;
    }

    private void checkItems(ValidatedRows<Item> file) {
        file.requireKnown("发起部门", i -> List.of(i.initiatingDepartment()), inGraph(CatalogStore.DEPARTMENTS), "department");
        file.requireKnown("配合部门", Item::cooperatingDepartments, inGraph(CatalogStore.DEPARTMENTS), "department");
        file.requireKnown("适用行业", Item::industries, inGraph(CatalogStore.INDUSTRIES), "industry");
        ReferenceCheck.requireInForce(file, laws, Item::basis, "设定依据");
    }

    private void checkScenarios(ValidatedRows<Scenario> file) {
        file.requireKnown("牵头单位", s -> List.of(s.leadDepartment()), inGraph(CatalogStore.DEPARTMENTS), "department");
        file.requireKnown("协同单位", Scenario::cooperatingDepartments, inGraph(CatalogStore.DEPARTMENTS), "department");
        file.requireKnown("检查事项", Scenario::items, inGraph(CatalogStore.ITEMS), "item");
        file.requireKnown("适用行业", Scenario::industries, inGraph(CatalogStore.INDUSTRIES), "industry");
    }

    private <T> void loadFile(String name, List<String> columns, String keyColumn, Function<SheetRow, T> mapper,
                              Consumer<ValidatedRows<T>> checks, Function<List<T>, LoadCounts> write) throws IOException {
        Optional<Path> path = Stream.of(".csv", ".xlsx").map(ext -> dir.resolve(name + ext)).filter(Files::isRegularFile).findFirst();
        if (path.isPresent() && !records.load(name, () -> reader.read(path.get(), columns).rows(), keyColumn, mapper, checks, write)) {
            rejected = true;
        }
    }

    /** Referenced codes that exist in the graph. */
    private Function<Set<String>, Set<String>> inGraph(Aggregate aggregate) {
        return codes -> store.existing(aggregate, codes);
    }

    /** Referenced codes this file defines or the graph already has (a parent may come in the same file). */
    private <T> Function<Set<String>, Set<String>> inFileOrGraph(Aggregate aggregate, ValidatedRows<T> file, Function<T, String> key) {
        return codes -> {
            Set<String> known = new HashSet<>(file.records().stream().map(key).toList());
            known.addAll(store.existing(aggregate, codes));
            return known;
        };
    }

    private static List<String> listOf(String code) {
        return code == null ? List.of() : List.of(code);
    }
}
