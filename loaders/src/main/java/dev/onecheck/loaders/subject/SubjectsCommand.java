package dev.onecheck.loaders.subject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.onecheck.domain.subject.Subject;
import dev.onecheck.loaders.LoadCommand;
import dev.onecheck.loaders.Progress;
import dev.onecheck.loaders.sheet.ValidatedRows;
import dev.onecheck.store.LoadCounts;
import dev.onecheck.store.catalog.CatalogStore;
import dev.onecheck.store.subject.SubjectStore;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Loads a subject roster (监管对象名录) from a spreadsheet and/or generates fictional subjects for the sample city. */
@Command(name = "subjects", mixinStandardHelpOptions = true,
        description = "Loads subjects (统一社会信用代码, 企业名称, 行业代码 …) from a spreadsheet, or generates them.")
public class SubjectsCommand implements Callable<Integer> {

    private static final int BATCH = 2000;

    @ParentCommand
    LoadCommand load;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Subject roster (.csv or .xlsx).")
    Path file;

    @Option(names = "--generate", defaultValue = "0", description = "Also generate this many fictional subjects.")
    int generate;

    @Option(names = "--seed", defaultValue = "20241101", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (file == null && generate <= 0) {
            load.err().println("subjects: give a FILE, --generate N, or both");
            return 1;
        }
        if (file != null && !Files.isRegularFile(file)) {
            load.err().println("subjects: " + file + " is not a file");
            return 1;
        }
        try (Driver driver = load.connect()) {
            CatalogStore catalog = new CatalogStore(driver);
            SubjectStore subjects = new SubjectStore(driver);
            var reader = load.sheetReader();
            boolean loaded = file == null || load.recordLoader().load("subjects", () -> reader.read(file, SubjectRows.COLUMNS).rows(),
                    "统一社会信用代码", SubjectRows::subject, roster -> check(roster, catalog), subjects::write);
            if (generate > 0) {
                List<Subject> generated = new SubjectGenerator(seed).generate(generate, catalog.leafRegions(), catalog.leafIndustries());
                LoadCounts counts = LoadCounts.NONE;
                Progress progress = new Progress(load.out(), "subjects", generated.size());
                for (int from = 0; from < generated.size(); from += BATCH) {
                    counts = counts.plus(subjects.write(generated.subList(from, Math.min(generated.size(), from + BATCH))));
                    progress.update(Math.min(generated.size(), from + BATCH));
                }
                load.out().println("generated subjects: " + counts);
            }
            return loaded ? 0 : 2;
        }
    }

    private static void check(ValidatedRows<Subject> roster, CatalogStore catalog) {
        roster.requireKnown("行业代码", s -> List.of(s.industryCode()), codes -> catalog.existing(CatalogStore.INDUSTRIES, codes), "industry");
        roster.requireKnown("行政区划代码", s -> List.of(s.regionCode()), codes -> catalog.existing(CatalogStore.REGIONS, codes), "region");
        roster.requireKnown("监管部门", Subject::supervisingDepartments, codes -> catalog.existing(CatalogStore.DEPARTMENTS, codes),
                "department");
    }
}
