package dev.onecheck.loaders.penalty;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.onecheck.domain.penalty.advice.GeneralDiscretionRules;
import dev.onecheck.domain.penalty.advice.GeneralDiscretionRules.Band;
import dev.onecheck.domain.penalty.advice.GeneralDiscretionRules.Split;
import dev.onecheck.loaders.LoadCommand;
import dev.onecheck.loaders.sheet.JsonEntry;
import dev.onecheck.store.penalty.GeneralRulesStore;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Loads 通用裁量规则 (discretion-rules.json, format: loaders/sample-data/FORMATS.md): rule sets that split statutory
 * fines into tiers for articles without a local 裁量基准. Each version is kept; advice uses the one in effect.
 */
@Command(name = "discretion-rules", mixinStandardHelpOptions = true, description = "Loads 通用裁量规则 (general discretion rules) from JSON.")
public class DiscretionRulesCommand implements Callable<Integer> {

    @ParentCommand
    LoadCommand load;

    @Parameters(paramLabel = "FILE", description = "discretion-rules.json")
    Path file;

    @Override
    public Integer call() throws IOException {
        try (Driver driver = load.connect()) {
            GeneralRulesStore store = new GeneralRulesStore(driver);
            boolean loaded = load.recordLoader().load("discretion-rules", () -> JsonEntry.readArray(file), "code",
                    DiscretionRulesCommand::ruleSet, rows -> {
                    }, store::write);
            return loaded ? 0 : 2;
        }
    }

    static GeneralDiscretionRules ruleSet(JsonEntry e) {
        try {
            return new GeneralDiscretionRules(e.required("code"), e.required("title"), e.required("version"), e.date("effectiveFrom"),
                    e.required("basis"), split(e, "range"), split(e, "maximumOnly"), band(e, "mitigated"), e.bool("firstOffenceWaiver", false));
        } catch (IllegalArgumentException ex) {
            throw e.error("", ex.getMessage());
        }
    }

    /** {"lighter": {"from": 0, "to": 0.3}, "ordinary": …, "heavier": …}: fractions of the statutory range. */
    private static Split split(JsonEntry e, String field) {
        JsonEntry split = e.object(field);
        if (split == null) {
            throw e.error(field, "is missing: give the 从轻 (lighter), 一般 (ordinary) and 从重 (heavier) bands");
        }
        return new Split(band(split, "lighter"), band(split, "ordinary"), band(split, "heavier"));
    }

    private static Band band(JsonEntry split, String field) {
        JsonEntry band = split.object(field);
        if (band == null) {
            throw split.error(field, "is missing: a band {\"from\": 0.3, \"to\": 0.7} (fractions of the statutory range)");
        }
        BigDecimal from = band.amount("from");
        BigDecimal to = band.amount("to");
        try {
            return new Band(from, to);
        } catch (IllegalArgumentException ex) {
            throw band.error("", ex.getMessage());
        }
    }
}
