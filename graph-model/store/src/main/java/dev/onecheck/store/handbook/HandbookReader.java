package dev.onecheck.store.handbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.onecheck.domain.catalog.Department;
import dev.onecheck.domain.catalog.Industry;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.store.catalog.CatalogReader.ItemSummary;
import dev.onecheck.store.catalog.CatalogReader.ScenarioSummary;
import dev.onecheck.store.catalog.CatalogReader;
import dev.onecheck.store.catalog.Industries;
import dev.onecheck.store.law.LawReader;
import dev.onecheck.store.penalty.PenaltyReader.CaseSummary;
import dev.onecheck.store.penalty.PenaltyReader.ViolationSummary;
import dev.onecheck.store.penalty.PenaltyReader;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * 一业一册: the guide to one industry, built from the graph — the items that apply to it or to the industries it
 * belongs to, what each checks and its legal basis with the article texts; the common violations (those that
 * break or are punished under an article the items rest on) with their 裁量基准 tiers and published typical
 * cases; the 综合查一次 scenarios for it; and which departments lead, initiate or cooperate. Published data only.
 */
public final class HandbookReader {

    /** The guide. */
    public record Handbook(Industry industry, List<ScenarioSummary> scenarios, List<Entry> items, List<CommonViolation> violations,
                           List<Supervisor> departments) {
    }

    /** One item: what is checked, who checks it, on which articles. */
    public record Entry(ItemSummary item, Department initiating, List<Department> cooperating, List<Article> basis) {
    }

    /** An article with the short title of its law, cited as officers write it: 《食品安全法》第三十五条. */
    public record Article(String law, Provision provision) {

        public String citation() {
            return "《" + law + "》" + provision.label();
        }
    }

    /** 常见违法行为: the articles, the tiers with their fine ranges, and up to {@value #CASES_PER_VIOLATION} cases. */
    public record CommonViolation(ViolationSummary violation, Department department, List<Article> violates, List<Article> penalizedBy,
                                  List<Tier> tiers, List<CaseSummary> cases) {
    }

    /** A department and what it does for the industry: 牵头 (a scenario's lead), 发起, 配合. */
    public record Supervisor(Department department, List<String> roles) {
    }

    static final int CASES_PER_VIOLATION = 3;

    private static final String ARTICLE = "p {.*, law: l.shortTitle}";

    private final Driver driver;

    public HandbookReader(Driver driver) {
        this.driver = driver;
    }

    public Optional<Handbook> handbook(String industryCode) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var found = tx.run("MATCH (i:Industry {code: $code}) RETURN i",
                        Map.of("code", industryCode)).list();
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                Industry industry = CatalogReader.industry(found.getFirst().get("i"));
                List<Entry> items = tx.run("""
                        MATCH (:Industry {code: $code})%2$s(:Industry)<-[:APPLIES_TO]-(i:Item)
                        WITH DISTINCT i
                        OPTIONAL MATCH (d:Department)-[:INITIATES]->(i)
                        RETURN i, d,
                               COLLECT { MATCH (c:Department)-[:COOPERATES]->(i) RETURN c ORDER BY c.code } AS cooperating,
                               COLLECT { MATCH (i)-[:BASED_ON]->(p:Provision)<-[:HAS_PROVISION]-(l:Law)
                                         RETURN %1$s ORDER BY p.lawId, p.article, p.suffix } AS basis
                        ORDER BY i.code""".formatted(ARTICLE, Industries.SELF_OR_ANCESTORS), Map.of("code", industryCode))
                        .list(r -> new Entry(CatalogReader.item(r.get("i")), r.get("d").isNull() ? null : CatalogReader.department(r.get("d")),
                                r.get("cooperating").asList(CatalogReader::department), r.get("basis").asList(HandbookReader::article)));
                List<String> provisions = items.stream().flatMap(e -> e.basis().stream()).map(a -> a.provision().id()).distinct().toList();
                List<CommonViolation> violations = tx.run("""
                        MATCH (v:Violation)-[:VIOLATES|PENALIZED_BY]->(p:Provision) WHERE p.id IN $provisions
                          AND coalesce(v.provenance, 'CURATED') = 'CURATED'
                        WITH DISTINCT v
                        OPTIONAL MATCH (d:Department)-[:ENFORCES]->(v)
                        RETURN v, d,
                               COLLECT { MATCH (v)-[:VIOLATES]->(p:Provision)<-[:HAS_PROVISION]-(l:Law) RETURN %1$s ORDER BY p.id } AS violates,
                               COLLECT { MATCH (v)-[:PENALIZED_BY]->(p:Provision)<-[:HAS_PROVISION]-(l:Law) RETURN %1$s ORDER BY p.id } AS penalizedBy,
                               COLLECT { MATCH (v)-[:HAS_STANDARD]->(:DiscretionStandard)-[h:HAS_TIER]->(t:Tier) RETURN t ORDER BY h.position } AS tiers,
                               COLLECT { MATCH (c:Case)-[:OF]->(v) WHERE c.published RETURN c ORDER BY c.decisionDate DESC, c.code LIMIT $cases } AS cases
                        ORDER BY v.code""".formatted(ARTICLE), Map.of("provisions", provisions, "cases", CASES_PER_VIOLATION))
                        .list(r -> new CommonViolation(PenaltyReader.violation(r.get("v")),
                                r.get("d").isNull() ? null : CatalogReader.department(r.get("d")),
                                r.get("violates").asList(HandbookReader::article), r.get("penalizedBy").asList(HandbookReader::article),
                                r.get("tiers").asList(PenaltyReader::tier), r.get("cases").asList(PenaltyReader::caseSummary)));
                var scenarios = tx.run("""
                        MATCH (:Industry {code: $code})%1$s(:Industry)<-[:TARGETS]-(s:Scenario)
                        WITH DISTINCT s
                        RETURN s, COLLECT { MATCH (s)-[:LED_BY]->(d:Department) RETURN d ORDER BY d.code } AS leads ORDER BY s.code""".formatted(Industries.SELF_OR_ANCESTORS),
                        Map.of("code", industryCode)).list();
                Map<String, Supervisor> departments = new LinkedHashMap<>();
                scenarios.forEach(s -> s.get("leads").asList(CatalogReader::department).forEach(d -> role(departments, d, "牵头")));
                items.forEach(e -> {
                    if (e.initiating() != null) {
                        role(departments, e.initiating(), "发起");
                    }
                    e.cooperating().forEach(d -> role(departments, d, "配合"));
                });
                return Optional.of(new Handbook(industry, scenarios.stream().map(s -> CatalogReader.scenario(s.get("s"))).toList(), items,
                        violations, departments.values().stream().map(d -> new Supervisor(d.department(), List.copyOf(d.roles()))).toList()));
            });
        }
    }

    private static void role(Map<String, Supervisor> departments, Department department, String role) {
        Supervisor s = departments.computeIfAbsent(department.code(), c -> new Supervisor(department, new ArrayList<>()));
        if (!s.roles().contains(role)) {
            s.roles().add(role);
        }
    }

    private static Article article(Value p) {
        return new Article(p.get("law").asString(), LawReader.provision(p));
    }
}
