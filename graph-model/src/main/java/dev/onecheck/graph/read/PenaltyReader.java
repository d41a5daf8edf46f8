package dev.onecheck.graph.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.onecheck.graph.catalog.Department;
import dev.onecheck.graph.law.Provision;
import dev.onecheck.graph.penalty.Fine;
import dev.onecheck.graph.penalty.Threshold;
import dev.onecheck.graph.penalty.Tier;
import dev.onecheck.graph.penalty.TierCondition;
import dev.onecheck.graph.penalty.TierLevel;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Reads of violations, discretion standards, tiers and cases for the API, each for many keys at once (one round
 * trip per GraphQL level). Search hits name their graph object by key and are resolved here.
 */
public final class PenaltyReader {

    /** 违法行为 without its relationships. */
    public record ViolationSummary(String code, String name, List<String> aliases, String domain) {
    }

    /** 裁量基准 and the violation it belongs to. */
    public record StandardSummary(String code, String title, String violationCode) {
    }

    /** 典型案例 without its relationships. {@code published}: whether the public may read it (公开). */
    public record CaseSummary(String code, String title, LocalDate decisionDate, String subjectName, String tier, String facts,
                              String decision, BigDecimal fine, BigDecimal confiscated, boolean published) {
    }

    private final Related related;

    public PenaltyReader(Driver driver) {
        this.related = new Related(driver);
    }

    public Map<String, Provision> provisions(Collection<String> ids) {
        return related.one("MATCH (p:Provision) WHERE p.id IN $keys RETURN p.id AS key, p AS node", ids, CatalogReader::provision);
    }

    public Map<String, ViolationSummary> violations(Collection<String> codes) {
        return related.one("MATCH (v:Violation) WHERE v.code IN $keys RETURN v.code AS key, v AS node", codes, PenaltyReader::violation);
    }

    /** The standard of each violation, by violation code. */
    public Map<String, StandardSummary> standardsOfViolations(Collection<String> violationCodes) {
        return related.one("""
                MATCH (v:Violation)-[:HAS_STANDARD]->(s:DiscretionStandard) WHERE v.code IN $keys
                RETURN v.code AS key, s {.code, .title, violationCode: v.code} AS node""", violationCodes, PenaltyReader::standard);
    }

    /** 违法条款 of each violation. */
    public Map<String, List<Provision>> violatedProvisions(Collection<String> violationCodes) {
        return related.many("""
                MATCH (v:Violation)-[:VIOLATES]->(p:Provision) WHERE v.code IN $keys
                RETURN v.code AS key, p AS node ORDER BY p.id""", violationCodes, CatalogReader::provision);
    }

    /** 处罚条款 of each violation. */
    public Map<String, List<Provision>> penaltyProvisions(Collection<String> violationCodes) {
        return related.many("""
                MATCH (v:Violation)-[:PENALIZED_BY]->(p:Provision) WHERE v.code IN $keys
                RETURN v.code AS key, p AS node ORDER BY p.id""", violationCodes, CatalogReader::provision);
    }

    /** The department that enforces each violation. */
    public Map<String, Department> enforcingDepartments(Collection<String> violationCodes) {
        return related.one("MATCH (d:Department)-[:ENFORCES]->(v:Violation) WHERE v.code IN $keys RETURN v.code AS key, d AS node",
                violationCodes, CatalogReader::department);
    }

    /** The tiers of each standard, in the standard's order. */
    public Map<String, List<Tier>> tiers(Collection<String> standardCodes) {
        return related.many("""
                MATCH (s:DiscretionStandard)-[h:HAS_TIER]->(t:Tier) WHERE s.code IN $keys
                RETURN s.code AS key, t AS node ORDER BY h.position""", standardCodes, PenaltyReader::tier);
    }

    public Map<String, CaseSummary> cases(Collection<String> codes) {
        return related.one("MATCH (c:Case) WHERE c.code IN $keys RETURN c.code AS key, c AS node", codes, PenaltyReader::caseSummary);
    }

    public Map<String, ViolationSummary> violationsOfCases(Collection<String> caseCodes) {
        return related.one("MATCH (c:Case)-[:OF]->(v:Violation) WHERE c.code IN $keys RETURN c.code AS key, v AS node",
                caseCodes, PenaltyReader::violation);
    }

    public Map<String, Department> decidingDepartments(Collection<String> caseCodes) {
        return related.one("MATCH (c:Case)-[:DECIDED_BY]->(d:Department) WHERE c.code IN $keys RETURN c.code AS key, d AS node",
                caseCodes, CatalogReader::department);
    }

    /** The articles each case cites. */
    public Map<String, List<Provision>> citedProvisions(Collection<String> caseCodes) {
        return related.many("""
                MATCH (c:Case)-[:CITES]->(p:Provision) WHERE c.code IN $keys
                RETURN c.code AS key, p AS node ORDER BY p.id""", caseCodes, CatalogReader::provision);
    }

    private static ViolationSummary violation(Value v) {
        return new ViolationSummary(v.get("code").asString(), v.get("name").asString(), v.get("aliases").asList(Value::asString, List.of()),
                v.get("domain").asString(null));
    }

    private static StandardSummary standard(Value s) {
        return new StandardSummary(s.get("code").asString(), s.get("title").asString(null), s.get("violationCode").asString());
    }

    private static CaseSummary caseSummary(Value c) {
        return new CaseSummary(c.get("code").asString(), c.get("title").asString(),
                c.get("decisionDate").isNull() ? null : c.get("decisionDate").asLocalDate(), c.get("subjectName").asString(null),
                c.get("tier").asString(null), c.get("facts").asString(null), c.get("decision").asString(null), amount(c.get("fine")),
                amount(c.get("confiscated")), c.get("published").asBoolean(false));
    }

    static Tier tier(Value t) {
        Threshold when = t.get("basis").isNull() ? null : new Threshold(t.get("basis").asString(), amount(t.get("atLeast")),
                amount(t.get("below")));
        Fine fine = t.get("fineKind").isNull() ? null : new Fine(Fine.Kind.valueOf(t.get("fineKind").asString()),
                t.get("fineBasis").asString(null), amount(t.get("fineMin")), amount(t.get("fineMax")));
        TierCondition condition = t.get("condition").isNull() ? null : TierCondition.ofLabel(t.get("condition").asString());
        return new Tier(TierLevel.ofLabel(t.get("level").asString()), t.get("circumstances").asString(null), condition, when, fine,
                t.get("measures").asList(Value::asString, List.of()));
    }

    private static BigDecimal amount(Value v) {
        return v.isNull() ? null : BigDecimal.valueOf(v.asDouble());
    }
}
