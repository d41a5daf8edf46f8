package dev.onecheck.loaders.penalty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import dev.onecheck.loaders.LoadCommand;
import dev.onecheck.loaders.sheet.JsonEntry;
import dev.onecheck.loaders.sheet.ReferenceCheck;
import dev.onecheck.store.catalog.CatalogStore;
import dev.onecheck.store.law.LawStore;
import dev.onecheck.store.penalty.DerivedViolationStore;
import dev.onecheck.store.penalty.PenaltyStore;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Loads violations with their discretion standards (violations.json), checked against departments and laws in force. */
@Command(name = "violations", mixinStandardHelpOptions = true, description = "Loads 违法行为 with 裁量基准 from JSON.")
public class ViolationsCommand implements Callable<Integer> {

    @ParentCommand
    LoadCommand load;

    @Parameters(paramLabel = "FILE", description = "violations.json")
    Path file;

    @Override
    public Integer call() throws IOException {
        try (Driver driver = load.connect()) {
            CatalogStore catalog = new CatalogStore(driver);
            LawStore laws = new LawStore(driver);
            PenaltyStore store = new PenaltyStore(driver);
            boolean loaded = load.recordLoader().load("violations", () -> JsonEntry.readArray(file), "code",
                    PenaltyEntries::violation, rows -> {
                        rows.requireKnown("department", v -> List.of(v.departmentCode()),
                                codes -> catalog.existing(CatalogStore.DEPARTMENTS, codes), "department");
                        ReferenceCheck.requireInForce(rows, laws, v -> Stream.concat(v.violates().stream(), v.penalizedBy().stream()).toList(),
                                "violates/penalizedBy");
                    }, store::writeViolations);
            if (loaded) {
                // A curated violation covering a derived one's behaviour takes its place.
                int absorbed = new DerivedViolationStore(driver).absorbIntoCurated().size();
                if (absorbed > 0) {
                    load.out().println("violations: " + absorbed + " derived violation(s) absorbed by curated ones");
                }
            }
            return loaded ? 0 : 2;
        }
    }
}
