package dev.onecheck.graph.read;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.onecheck.graph.catalog.Department;
import dev.onecheck.graph.law.Law;
import dev.onecheck.graph.law.LawLevel;
import dev.onecheck.graph.law.Provision;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Reads of the published catalogue for the API. Lists are keyset-paginated on the natural key; every "related"
 * read takes the keys of many parents at once and answers in one query, so a nested GraphQL request costs one
 * round trip per level, never one per parent.
 */
public final class CatalogReader {

    /** A scenario as the portal lists it. */
    public record ScenarioSummary(String code, String name, String content) {
    }

    /** An item as the portal lists it. */
    public record ItemSummary(String code, String name, String type, String content, String object, List<String> methods,
                              String level) {
    }

    private final Driver driver;
    private final Related related;

    public CatalogReader(Driver driver) {
        this.driver = driver;
        this.related = new Related(driver);
    }

    /** Scenarios ordered by code, after {@code afterCode} (null: from the start). */
    public Page<ScenarioSummary> scenarios(String afterCode, int first) {
        List<ScenarioSummary> rows = driver.executableQuery("""
                        MATCH (s:Scenario) WHERE s.code > $after
                        RETURN s ORDER BY s.code LIMIT $limit""")
                .withParameters(Map.of("after", afterCode == null ? "" : afterCode, "limit", first + 1)).execute().records()
                .stream().map(r -> scenario(r.get("s"))).toList();
        return page(rows, first);
    }

    public Map<String, Department> leadDepartments(Collection<String> scenarioCodes) {
        return related.one("MATCH (s:Scenario)-[:LED_BY]->(d:Department) WHERE s.code IN $keys RETURN s.code AS key, d AS node",
                scenarioCodes, CatalogReader::department);
    }

    public Map<String, List<Department>> cooperatingDepartments(Collection<String> scenarioCodes) {
        return related.many("""
                MATCH (s:Scenario)-[:ASSISTED_BY]->(d:Department) WHERE s.code IN $keys
                RETURN s.code AS key, d AS node ORDER BY d.code""", scenarioCodes, CatalogReader::department);
    }

    /** The items of each scenario in the order the scenario lists them. */
    public Map<String, List<ItemSummary>> itemsOfScenarios(Collection<String> scenarioCodes) {
        return related.many("""
                MATCH (s:Scenario)-[r:INCLUDES]->(i:Item) WHERE s.code IN $keys
                RETURN s.code AS key, i AS node ORDER BY r.position""", scenarioCodes, CatalogReader::item);
    }

    /** 设定依据: the provisions each item is based on. */
    public Map<String, List<Provision>> basisOfItems(Collection<String> itemCodes) {
        return related.many("""
                MATCH (i:Item)-[:BASED_ON]->(p:Provision) WHERE i.code IN $keys
                RETURN i.code AS key, p AS node ORDER BY p.lawId, p.article, p.suffix""", itemCodes, CatalogReader::provision);
    }

    public Map<String, Department> initiatingDepartments(Collection<String> itemCodes) {
        return related.one("MATCH (d:Department)-[:INITIATES]->(i:Item) WHERE i.code IN $keys RETURN i.code AS key, d AS node",
                itemCodes, CatalogReader::department);
    }

    public Map<String, Law> lawsOfProvisions(Collection<String> provisionIds) {
        return related.one("MATCH (l:Law)-[:HAS_PROVISION]->(p:Provision) WHERE p.id IN $keys RETURN p.id AS key, l AS node",
                provisionIds, CatalogReader::law);
    }

    private static <T> Page<T> page(List<T> rows, int first) {
        return new Page<>(rows.subList(0, Math.min(first, rows.size())), rows.size() > first);
    }

    private static ScenarioSummary scenario(Value s) {
        return new ScenarioSummary(s.get("code").asString(), s.get("name").asString(), s.get("content").asString(null));
    }

    static ItemSummary item(Value i) {
        return new ItemSummary(i.get("code").asString(), i.get("name").asString(), i.get("type").asString(null),
                i.get("content").asString(null), i.get("object").asString(null), i.get("methods").asList(Value::asString, List.of()),
                i.get("level").asString(null));
    }

    static Department department(Value d) {
        return new Department(d.get("code").asString(), d.get("name").asString(), d.get("level").asString(null), null, null,
                d.get("domains").asList(Value::asString, List.of()));
    }

    static Provision provision(Value p) {
        return new Provision(p.get("id").asString(), p.get("lawId").asString(), p.get("article").asInt(), p.get("suffix").asInt(0),
                p.get("label").asString(), p.get("chapter").asString(null), p.get("section").asString(null),
                p.get("paragraphs").asList(Value::asString, List.of()));
    }

    static Law law(Value l) {
        return new Law(l.get("id").asString(), l.get("title").asString(), l.get("shortTitle").asString(),
                LawLevel.ofLabel(l.get("level").asString()),
                l.get("category").asString(null), l.get("versionDate").asLocalDate(), l.get("effectiveFrom").asLocalDate(),
                l.get("history").asList(Value::asString, List.of()), l.get("hash").asString(null));
    }
}
