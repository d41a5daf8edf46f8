package dev.onecheck.store.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.catalog.Department;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.Provenance;
import dev.onecheck.domain.penalty.Threshold;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.TierCondition;
import dev.onecheck.domain.penalty.TierLevel;
import dev.onecheck.store.Listing;
import dev.onecheck.store.Page;
import dev.onecheck.store.Related;
import dev.onecheck.store.catalog.CatalogReader;
import dev.onecheck.store.law.LawReader;
import dev.onecheck.store.penalty.PenaltyReader.CaseFilter;
import dev.onecheck.store.penalty.PenaltyReader.ViolationFilter;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Reads of violations, discretion standards, tiers and cases for the API, each for many keys at once (one round
 * trip per GraphQL level). Search hits name their graph object by key and are resolved here.
 */
public final class PenaltyReader {

    /** 典型案例 list filter: every non-null field must hold. GraphQL inputs bind to it directly. */
    public record CaseFilter(String violation, String department) {
    }

    /** 违法行为 list filter: every non-null field must hold. GraphQL inputs bind to it directly. */
    public record ViolationFilter(String department, String domain, Provenance provenance) {
    }

    /** 违法行为 without its relationships; {@code derivation} only for one derived from a penalty article. */
    public record ViolationSummary(String code, String name, List<String> aliases, String domain, Provenance provenance, Derivation derivation) {
    }

    /**
     * How a derived violation was read from its penalty article: who enforces (由…部门), the conditions and other
     * measures, the confidence of the reading, and the paragraph that sets the penalty (its fines are read from it).
     */
    public record Derivation(String enforcer, List<String> conditions, List<String> measures, double confidence, String penaltyText) {
    }

    /** 裁量基准 and the violation it belongs to. */
    public record StandardSummary(String code, String title, String violationCode) {
    }

    /** 典型案例 without its relationships. {@code published}: whether the public may read it (公开). */
    public record CaseSummary(String code, String title, LocalDate decisionDate, String subjectName, String tier, String facts,
                              String decision, BigDecimal fine, BigDecimal confiscated, boolean published) {
    }

    /** 典型案例 list order; the cursor key of a row depends on it ({@link #caseKey}). */
    public enum CaseOrder {
        /** 决定日期 newest first, undated last, then by code. */
        NEWEST_FIRST,
        CODE
    }

    /** The filters of {@link #violations(ViolationFilter, String, int)}; a violation without provenance is curated. */
    private static final String VIOLATION_FILTER = """
            ($domain IS NULL OR node.domain = $domain)
              AND ($department IS NULL OR EXISTS { (:Department {code: $department})-[:ENFORCES]->(node) })
              AND ($provenance IS NULL OR coalesce(node.provenance, 'CURATED') = $provenance)""";

    private final Listing listing;
    private final Related related;

    public PenaltyReader(Driver driver) {
        this.listing = new Listing(driver);
        this.related = new Related(driver);
    }

    public Page<ViolationSummary> violations(ViolationFilter filter, String afterCode, int first) {
        return listing.page("""
                        MATCH (node:Violation) WHERE node.code > $after AND %s
                        RETURN node ORDER BY node.code LIMIT $limit""".formatted(VIOLATION_FILTER),
                "MATCH (node:Violation) WHERE %s RETURN count(node) AS total".formatted(VIOLATION_FILTER),
                Listing.parameters("after", Listing.after(afterCode), "domain", filter.domain(), "department", filter.department(),
                        "provenance", filter.provenance() == null ? null : filter.provenance().name()),
                first, PenaltyReader::violation);
    }

    /** The violations each department enforces. */
    public Map<String, List<ViolationSummary>> violationsEnforcedBy(Collection<String> departmentCodes) {
        return related.many("""
                MATCH (d:Department)-[:ENFORCES]->(v:Violation) WHERE d.code IN $keys
                RETURN d.code AS key, v AS node ORDER BY v.code""", departmentCodes, PenaltyReader::violation);
    }

    /** The violations of each provision (违法条款). */
    public Map<String, List<ViolationSummary>> violationsOf(Collection<String> provisionIds) {
        return related.many("""
                MATCH (v:Violation)-[:VIOLATES]->(p:Provision) WHERE p.id IN $keys
                RETURN p.id AS key, v AS node ORDER BY v.code""", provisionIds, PenaltyReader::violation);
    }

    /** The violations each provision penalises (处罚条款). */
    public Map<String, List<ViolationSummary>> violationsPenalizedBy(Collection<String> provisionIds) {
        return related.many("""
                MATCH (v:Violation)-[:PENALIZED_BY]->(p:Provision) WHERE p.id IN $keys
                RETURN p.id AS key, v AS node ORDER BY v.code""", provisionIds, PenaltyReader::violation);
    }

    /**
     * A page of cases. {@code afterKey} is the {@link #caseKey} of the last row of the previous page; a key of
     * another order is an {@link IllegalArgumentException}. Unpublished cases only with {@code includeUnpublished}.
     */
    public Page<CaseSummary> cases(CaseFilter filter, CaseOrder order, String afterKey, int first, boolean includeUnpublished) {
        Map<String, Object> parameters = Listing.parameters("violation", filter.violation(), "department", filter.department(),
                "all", includeUnpublished, "newestFirst", order == CaseOrder.NEWEST_FIRST, "afterDay", null, "afterCode", null);
        if (afterKey != null) {
            String[] parts = afterKey.split("\\|", 3);
            if (parts.length != 3 || !parts[0].equals(order.name())) {
                throw new IllegalArgumentException("not a key of cases in order " + order + ": " + afterKey);
            }
            parameters.put("afterDay", parts[1]);
            parameters.put("afterCode", parts[2]);
        }
        // By code, every row has the same day (''), so one keyset serves both orders.
        return listing.page("""
                        MATCH (node:Case) WHERE ($all OR node.published)
                          AND ($violation IS NULL OR EXISTS { (node)-[:OF]->(:Violation {code: $violation}) })
                          AND ($department IS NULL OR EXISTS { (node)-[:DECIDED_BY]->(:Department {code: $department}) })
                        WITH node, CASE WHEN $newestFirst THEN coalesce(toString(node.decisionDate), '') ELSE '' END AS day
                        WHERE $afterCode IS NULL OR day < $afterDay OR (day = $afterDay AND node.code > $afterCode)
                        RETURN node ORDER BY day DESC, node.code LIMIT $limit""",
                parameters, first, PenaltyReader::caseSummary);
    }

    /** The key a case's cursor carries in {@code order}: the order, the decision day (newest first only), the code. */
    public static String caseKey(CaseSummary c, CaseOrder order) {
        String day = order == CaseOrder.NEWEST_FIRST && c.decisionDate() != null ? c.decisionDate().toString() : "";
        return order.name() + "|" + day + "|" + c.code();
    }

    /** 典型案例 of each violation, newest first; unpublished ones only with {@code includeUnpublished}. */
    public Map<String, List<CaseSummary>> casesOf(Collection<String> violationCodes, boolean includeUnpublished) {
        return related.many("""
                MATCH (c:Case)-[:OF]->(v:Violation) WHERE v.code IN $keys AND ($all OR c.published)
                RETURN v.code AS key, c AS node ORDER BY c.decisionDate DESC, c.code""", violationCodes,
                Map.of("all", includeUnpublished), PenaltyReader::caseSummary);
    }

    /** 典型案例 citing each provision, newest first; unpublished ones only with {@code includeUnpublished}. */
    public Map<String, List<CaseSummary>> casesCiting(Collection<String> provisionIds, boolean includeUnpublished) {
        return related.many("""
                MATCH (c:Case)-[:CITES]->(p:Provision) WHERE p.id IN $keys AND ($all OR c.published)
                RETURN p.id AS key, c AS node ORDER BY c.decisionDate DESC, c.code""", provisionIds,
                Map.of("all", includeUnpublished), PenaltyReader::caseSummary);
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
                RETURN v.code AS key, p AS node ORDER BY p.id""", violationCodes, LawReader::provision);
    }

    /** 处罚条款 of each violation. */
    public Map<String, List<Provision>> penaltyProvisions(Collection<String> violationCodes) {
        return related.many("""
                MATCH (v:Violation)-[:PENALIZED_BY]->(p:Provision) WHERE v.code IN $keys
                RETURN v.code AS key, p AS node ORDER BY p.id""", violationCodes, LawReader::provision);
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
                RETURN c.code AS key, p AS node ORDER BY p.id""", caseCodes, LawReader::provision);
    }

    public static ViolationSummary violation(Value v) {
        Provenance provenance = Provenance.valueOf(v.get("provenance").asString(Provenance.CURATED.name()));
        Derivation derivation = provenance == Provenance.DERIVED ? new Derivation(v.get("enforcer").asString(null),
                v.get("conditions").asList(Value::asString, List.of()), v.get("measures").asList(Value::asString, List.of()),
                v.get("confidence").asDouble(0), v.get("penaltyText").asString("")) : null;
        return new ViolationSummary(v.get("code").asString(), v.get("name").asString(), v.get("aliases").asList(Value::asString, List.of()),
                v.get("domain").asString(null), provenance, derivation);
    }

    private static StandardSummary standard(Value s) {
        return new StandardSummary(s.get("code").asString(), s.get("title").asString(null), s.get("violationCode").asString());
    }

    public static CaseSummary caseSummary(Value c) {
        return new CaseSummary(c.get("code").asString(), c.get("title").asString(),
                c.get("decisionDate").isNull() ? null : c.get("decisionDate").asLocalDate(), c.get("subjectName").asString(null),
                c.get("tier").asString(null), c.get("facts").asString(null), c.get("decision").asString(null), amount(c.get("fine")),
                amount(c.get("confiscated")), c.get("published").asBoolean(false));
    }

    public static Tier tier(Value t) {
        Threshold when = t.get("basis").isNull() ? null : new Threshold(t.get("basis").asString(), amount(t.get("atLeast")),
                amount(t.get("below")));
        Fine fine = t.get("fineKind").isNull() ? null : new Fine(Fine.Kind.valueOf(t.get("fineKind").asString()),
                t.get("fineBasis").asString(null), amount(t.get("fineMin")), amount(t.get("fineMax")), amount(t.get("fineCap")));
        TierCondition condition = t.get("condition").isNull() ? null : TierCondition.ofLabel(t.get("condition").asString());
        return new Tier(TierLevel.ofLabel(t.get("level").asString()), t.get("circumstances").asString(null), condition, when, fine,
                t.get("measures").asList(Value::asString, List.of()));
    }

    private static BigDecimal amount(Value v) {
        return v.isNull() ? null : BigDecimal.valueOf(v.asDouble());
    }
}
