package dev.onecheck.store.outbox;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * What the search index shows, read from the graph (the system of record): articles with their law version,
 * violations with their articles and discretion tiers, and typical cases. Each read takes many keys at once.
 */
public final class IndexSource {

    /** 条款 with its law version, and who works with it: departments citing it, domains of its violations. */
    public record ProvisionSource(String id, String lawId, String lawTitle, String shortTitle, String level, String status,
                                  LocalDate effectiveFrom, LocalDate effectiveTo, String chapter, int article, String label,
                                  String text, List<String> departments, List<String> domains) {
    }

    /** An article cited by a violation or a case, with its law's title, level and effective range. */
    public record CitedProvision(String id, String lawTitle, String shortTitle, String label, String level, String status,
                                 LocalDate effectiveFrom, LocalDate effectiveTo, String text) {
    }

    /** One tier as text: its level, circumstances and measures. */
    public record TierSource(String level, String circumstances, List<String> measures) {
    }

    /**
     * 违法行为 with its 裁量基准: the document of the {@code standards} index. A derived one (provenance DERIVED) has
     * no department or standard (null), but its enforcer and penalty paragraph.
     */
    public record StandardSource(String violationCode, String name, List<String> aliases, String domain, String department,
                                 String standardCode, String standardTitle, String provenance, String enforcer, String penaltyText,
                                 List<CitedProvision> violates,
                                 List<CitedProvision> penalizedBy, List<TierSource> tiers) {
    }

    /** 典型案例 with its violation and cited articles. */
    public record CaseSource(String code, String title, LocalDate decisionDate, String department, String violationCode,
                             String violationName, String domain, String tier, String facts, String decision, boolean published,
                             List<CitedProvision> cites) {
    }

    private static final String CITED = "{id: p.id, lawTitle: l.title, shortTitle: l.shortTitle, label: p.label, level: l.level, status: l.status, "
            + "effectiveFrom: l.effectiveFrom, effectiveTo: l.effectiveTo, text: p.text}";

    private final Driver driver;

    public IndexSource(Driver driver) {
        this.driver = driver;
    }

    public List<String> lawTitles() {
        return keys("MATCH (l:Law) RETURN DISTINCT l.shortTitle AS key ORDER BY key");
    }

    public List<String> violationCodes() {
        return keys("MATCH (v:Violation) RETURN v.code AS key ORDER BY key");
    }

    public List<String> caseCodes() {
        return keys("MATCH (c:Case) RETURN c.code AS key ORDER BY key");
    }

    /** Every article of every version of the laws {@code shortTitles}. */
    public List<ProvisionSource> provisionsOfLaws(Collection<String> shortTitles) {
        return driver.executableQuery("""
                        MATCH (l:Law)-[:HAS_PROVISION]->(p:Provision) WHERE l.shortTitle IN $keys
                        RETURN p, l,
                          COLLECT { MATCH (p)<-[:BASED_ON]-(:Item)<-[:INITIATES|COOPERATES]-(d:Department) RETURN d.code
                                    UNION MATCH (p)<-[:VIOLATES|PENALIZED_BY]-(:Violation)<-[:ENFORCES]-(d:Department) RETURN d.code } AS departments,
                          COLLECT { MATCH (p)<-[:VIOLATES|PENALIZED_BY]-(v:Violation) RETURN DISTINCT v.domain } AS domains
                        ORDER BY p.id""")
                .withParameters(Map.of("keys", List.copyOf(shortTitles))).execute().records().stream().map(r -> {
                    Value p = r.get("p");
                    Value l = r.get("l");
                    return new ProvisionSource(p.get("id").asString(), l.get("id").asString(), l.get("title").asString(),
                            l.get("shortTitle").asString(), l.get("level").asString(), l.get("status").asString(null),
                            l.get("effectiveFrom").asLocalDate(), date(l.get("effectiveTo")), p.get("chapter").asString(null),
                            p.get("article").asInt(), p.get("label").asString(), p.get("text").asString(""),
                            r.get("departments").asList(Value::asString), r.get("domains").asList(Value::asString));
                }).toList();
    }

    /** Violations by code with their standard, articles (in citation order) and tiers (in the standard's order). */
    public List<StandardSource> standards(Collection<String> violationCodes) {
        return driver.executableQuery("""
                        MATCH (v:Violation) WHERE v.code IN $keys
                        OPTIONAL MATCH (d:Department)-[:ENFORCES]->(v)
                        OPTIONAL MATCH (v)-[:HAS_STANDARD]->(s:DiscretionStandard)
                        WITH v, d, s WHERE s IS NOT NULL OR v.provenance = 'DERIVED'
                        RETURN v, d.code AS department, s,
                          COLLECT { MATCH (v)-[:VIOLATES]->(p:Provision)<-[:HAS_PROVISION]-(l:Law) RETURN %1$s ORDER BY p.id } AS violates,
                          COLLECT { MATCH (v)-[:PENALIZED_BY]->(p:Provision)<-[:HAS_PROVISION]-(l:Law) RETURN %1$s ORDER BY p.id } AS penalizedBy,
                          COLLECT { MATCH (s)-[h:HAS_TIER]->(t:Tier)
                                    RETURN {level: t.level, circumstances: t.circumstances, measures: t.measures} ORDER BY h.position } AS tiers
                        ORDER BY v.code""".formatted(CITED))
                .withParameters(Map.of("keys", List.copyOf(violationCodes))).execute().records().stream().map(r -> {
                    Value v = r.get("v");
                    Value s = r.get("s");
                    return new StandardSource(v.get("code").asString(), v.get("name").asString(),
                            v.get("aliases").asList(Value::asString, List.of()), v.get("domain").asString(null),
                            r.get("department").asString(null), s.isNull() ? null : s.get("code").asString(),
                            s.isNull() ? null : s.get("title").asString(null), v.get("provenance").asString("CURATED"), v.get("enforcer").asString(null),
                            v.get("penaltyText").asString(null),
                            r.get("violates").asList(IndexSource::cited), r.get("penalizedBy").asList(IndexSource::cited),
                            r.get("tiers").asList(t -> new TierSource(t.get("level").asString(), t.get("circumstances").asString(null),
                                    t.get("measures").asList(Value::asString, List.of()))));
                }).toList();
    }

    /** Cases by code with their violation and cited articles. */
    public List<CaseSource> cases(Collection<String> caseCodes) {
        return driver.executableQuery("""
                        MATCH (c:Case)-[:OF]->(v:Violation), (c)-[:DECIDED_BY]->(d:Department) WHERE c.code IN $keys
                        RETURN c, v, d.code AS department,
                          COLLECT { MATCH (c)-[:CITES]->(p:Provision)<-[:HAS_PROVISION]-(l:Law) RETURN %s ORDER BY p.id } AS cites
                        ORDER BY c.code""".formatted(CITED))
                .withParameters(Map.of("keys", List.copyOf(caseCodes))).execute().records().stream().map(r -> {
                    Value c = r.get("c");
                    Value v = r.get("v");
                    return new CaseSource(c.get("code").asString(), c.get("title").asString(), date(c.get("decisionDate")),
                            r.get("department").asString(), v.get("code").asString(), v.get("name").asString(),
                            v.get("domain").asString(null), c.get("tier").asString(null), c.get("facts").asString(null),
                            c.get("decision").asString(null), c.get("published").asBoolean(false), r.get("cites").asList(IndexSource::cited));
                }).toList();
    }

    private List<String> keys(String cypher) {
        return driver.executableQuery(cypher).execute().records().stream().map(r -> r.get("key").asString()).toList();
    }

    private static CitedProvision cited(Value p) {
        return new CitedProvision(p.get("id").asString(), p.get("lawTitle").asString(), p.get("shortTitle").asString(),
                p.get("label").asString(), p.get("level").asString(), p.get("status").asString(null), p.get("effectiveFrom").asLocalDate(),
                date(p.get("effectiveTo")), p.get("text").asString(""));
    }

    private static LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }
}
