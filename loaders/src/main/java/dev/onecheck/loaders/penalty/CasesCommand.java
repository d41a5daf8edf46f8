package dev.onecheck.loaders.penalty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.onecheck.domain.penalty.PenaltyCase;
import dev.onecheck.loaders.LoadCommand;
import dev.onecheck.loaders.sheet.JsonEntry;
import dev.onecheck.loaders.sheet.ReferenceCheck;
import dev.onecheck.store.catalog.CatalogStore;
import dev.onecheck.store.law.LawStore;
import dev.onecheck.store.penalty.PenaltyStore;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Loads typical cases (cases.json), checked against violations, departments and laws in force. */
@Command(name = "cases", mixinStandardHelpOptions = true, description = "Loads 典型案例 from JSON.")
public class CasesCommand implements Callable<Integer> {

    @ParentCommand
    LoadCommand load;

    @Parameters(paramLabel = "FILE", description = "cases.json")
    Path file;

    @Override
    public Integer call() throws IOException {
        try (Driver driver = load.connect()) {
            CatalogStore catalog = new CatalogStore(driver);
            PenaltyStore store = new PenaltyStore(driver);
            LawStore laws = new LawStore(driver);
            boolean loaded = load.recordLoader().load("cases", () -> JsonEntry.readArray(file), "code",
                    PenaltyEntries::penaltyCase, rows -> {
                        rows.requireKnown("violation", c -> List.of(c.violationCode()), store::existingViolations, "violation");
                        rows.requireKnown("department", c -> List.of(c.departmentCode()),
                                codes -> catalog.existing(CatalogStore.DEPARTMENTS, codes), "department");
                        ReferenceCheck.requireInForce(rows, laws, PenaltyCase::cites, "cites");
                    }, store::writeCases);
            return loaded ? 0 : 2;
        }
    }
}
