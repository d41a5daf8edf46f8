package dev.onecheck.store.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.onecheck.domain.penalty.advice.GeneralDiscretionRules;
import dev.onecheck.domain.penalty.advice.GeneralDiscretionRules.Band;
import dev.onecheck.domain.penalty.advice.GeneralDiscretionRules.Split;
import dev.onecheck.domain.text.Hashes;
import dev.onecheck.store.Aggregate;
import dev.onecheck.store.AggregateWriter;
import dev.onecheck.store.LoadCounts;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * 通用裁量规则 as data: {@code (:DiscretionRuleSet {key: code@version})}, one node per version. The rule set in
 * effect on a day is the one with the latest {@code effectiveFrom} on or before it; a new version is loaded beside
 * the old, so advice on earlier decisions keeps its rules.
 */
public final class GeneralRulesStore {

    static final Aggregate RULE_SETS = new Aggregate("DiscretionRuleSet", "key", null);

    private static final String IN_EFFECT = """
            MATCH (r:DiscretionRuleSet) WHERE r.effectiveFrom <= $on
            RETURN r ORDER BY r.effectiveFrom DESC, r.version DESC LIMIT 1""";

    private static final String BY_CODE = "MATCH (r:DiscretionRuleSet {key: $key}) RETURN r";

    private final Driver driver;
    private final AggregateWriter writer;

    public GeneralRulesStore(Driver driver) {
        this.driver = driver;
        this.writer = new AggregateWriter(driver);
    }

    public LoadCounts write(List<GeneralDiscretionRules> ruleSets) {
        return writer.write(RULE_SETS, ruleSets.stream().map(r -> {
            Map<String, Object> props = new HashMap<>();
            props.put("key", r.code() + "@" + r.version());
            props.put("code", r.code());
            props.put("title", r.title());
            props.put("version", r.version());
            props.put("effectiveFrom", r.effectiveFrom());
            props.put("basis", r.basis());
            props.put("range", bands(r.range()));
            props.put("maximumOnly", bands(r.maximumOnly()));
            props.put("mitigated", List.of(r.mitigated().from().doubleValue(), r.mitigated().to().doubleValue()));
            props.put("firstOffenceWaiver", r.firstOffenceWaiver());
            props.put("hash", Hashes.sha256(r.toString()));
            return Map.<String, Object>of("key", props.get("key"), "props", props);
        }).toList());
    }

    /** The rule set in effect on {@code day}. */
    public Optional<GeneralDiscretionRules> inEffect(LocalDate day) {
        return driver.executableQuery(IN_EFFECT).withParameters(Map.of("on", day)).execute().records().stream().findFirst()
                .map(r -> ruleSet(r.get("r")));
    }

    /** The rule set whose standards carry {@code standardCode} ({@link GeneralDiscretionRules#standardCode}). */
    public Optional<GeneralDiscretionRules> ofStandard(String standardCode) {
        if (!GeneralDiscretionRules.isGeneral(standardCode)) {
            return Optional.empty();
        }
        String key = standardCode.substring(GeneralDiscretionRules.STANDARD_PREFIX.length());
        return driver.executableQuery(BY_CODE).withParameters(Map.of("key", key)).execute().records().stream().findFirst()
                .map(r -> ruleSet(r.get("r")));
    }

    private static List<Double> bands(Split split) {
        return List.of(split.lighter().from(), split.lighter().to(), split.ordinary().from(), split.ordinary().to(),
                split.heavier().from(), split.heavier().to()).stream().map(BigDecimal::doubleValue).toList();
    }

    private static GeneralDiscretionRules ruleSet(Value r) {
        return new GeneralDiscretionRules(r.get("code").asString(), r.get("title").asString(), r.get("version").asString(),
                r.get("effectiveFrom").asLocalDate(), r.get("basis").asString(""), split(r.get("range")), split(r.get("maximumOnly")),
                band(r.get("mitigated")), r.get("firstOffenceWaiver").asBoolean(false));
    }

    private static Band band(Value v) {
        List<BigDecimal> b = v.asList(x -> BigDecimal.valueOf(x.asDouble()));
        return new Band(b.get(0), b.get(1));
    }

    private static Split split(Value v) {
        List<BigDecimal> b = v.asList(x -> BigDecimal.valueOf(x.asDouble()));
        return new Split(new Band(b.get(0), b.get(1)), new Band(b.get(2), b.get(3)), new Band(b.get(4), b.get(5)));
    }
}
