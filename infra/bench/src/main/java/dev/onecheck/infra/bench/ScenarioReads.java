package dev.onecheck.infra.bench;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import tools.jackson.databind.JsonNode;

/**
 * The two portal reads every graph benchmark compares, each written three ways — the gateway's GraphQL, the Neo4j
 * GraphQL Library's GraphQL and hand-written Cypher — with the answer of each flattened into the same ordered rows,
 * so the benchmarks can check that all three return the same data in the same order before timing them.
 * <ul>
 *   <li>nested: every 综合查一次场景 by code → its 检查事项 in the scenario's order → 设定依据 by law, article, suffix →
 *       the 法律法规 version;</li>
 *   <li>lookup: one scenario by code with its 牵头单位 and its items in order.</li>
 * </ul>
 */
final class ScenarioReads {

    static final String NESTED_GATEWAY = """
            { scenarios(first: 100) { edges { node { code name
                items { code name basis { id article label text law { id title level versionDate } } } } } } }""";
    static final String NESTED_LIBRARY = """
            { scenarios(sort: [{code: ASC}], limit: 100) { code name
                itemsConnection(sort: [{edge: {position: ASC}}]) { edges { node { code name
                  basis(sort: [{lawId: ASC}, {article: ASC}, {suffix: ASC}]) { id article label paragraphs
                    law { id title level versionDate } } } } } } }""";
    /**
     * Sorts before projecting: {@code RETURN p {…} ORDER BY p.lawId} would sort by the projected map's missing key.
     * DISTINCT: an item based on two 款 of one article lists the article once.
     */
    static final String NESTED_CYPHER = """
            MATCH (s:Scenario)
            WITH s ORDER BY s.code LIMIT 100
            RETURN s.code AS code, s.name AS name,
                   COLLECT { MATCH (s)-[r:INCLUDES]->(i:Item)
                             WITH i ORDER BY r.position
                             RETURN i {.code, .name,
                                       basis: COLLECT { MATCH (i)-[:BASED_ON]->(p:Provision)<-[:HAS_PROVISION]-(l:Law)
                                                        WITH DISTINCT p, l ORDER BY p.lawId, p.article, p.suffix
                                                        RETURN p {.id, .article, .label, .paragraphs,
                                                                  law: l {.id, .title, .level, .versionDate}} }} } AS items""";

    static final String LOOKUP_GATEWAY = """
            query ($code: ID!) { scenario(code: $code) { code name content leadDepartment { code name } items { code name } } }""";
    static final String LOOKUP_LIBRARY = """
            query ($code: ID!) { scenarios(where: {code: {eq: $code}}) { code name content leadDepartment { code name }
                itemsConnection(sort: [{edge: {position: ASC}}]) { edges { node { code name } } } } }""";
    static final String LOOKUP_CYPHER = """
            MATCH (s:Scenario {code: $code})
            RETURN s.code AS code, s.name AS name, s.content AS content,
                   COLLECT { MATCH (s)-[:LED_BY]->(d:Department) RETURN d {.code, .name} } AS leadDepartment,
                   COLLECT { MATCH (s)-[r:INCLUDES]->(i:Item) WITH i ORDER BY r.position RETURN i {.code, .name} } AS items""";
    static final String SCENARIO_CODES = "MATCH (s:Scenario) RETURN s.code AS code ORDER BY code";

    private ScenarioReads() {
    }

    /** scenario/item/article/text/law, one row per basis article, in answer order. */
    static List<String> nestedOfGateway(JsonNode data) {
        List<String> rows = new ArrayList<>();
        for (JsonNode edge : data.at("/scenarios/edges")) {
            JsonNode s = edge.get("node");
            for (JsonNode i : s.get("items")) {
                for (JsonNode p : i.get("basis")) {
                    JsonNode l = p.get("law");
                    rows.add(row(s.get("code").asString(), s.get("name").asString(), i.get("code").asString(), i.get("name").asString(),
                            p.get("id").asString(), p.get("article").asString(), p.get("label").asString(), p.get("text").asString(),
                            l.get("id").asString(), l.get("title").asString(), l.get("level").asString(), l.get("versionDate").asString()));
                }
            }
        }
        return rows;
    }

    static List<String> nestedOfLibrary(JsonNode data) {
        List<String> rows = new ArrayList<>();
        for (JsonNode s : data.get("scenarios")) {
            for (JsonNode edge : s.at("/itemsConnection/edges")) {
                JsonNode i = edge.get("node");
                for (JsonNode p : i.get("basis")) {
                    JsonNode l = p.get("law").get(0);
                    rows.add(row(s.get("code").asString(), s.get("name").asString(), i.get("code").asString(), i.get("name").asString(),
                            p.get("id").asString(), p.get("article").asString(), p.get("label").asString(), lines(p.get("paragraphs")),
                            l.get("id").asString(), l.get("title").asString(), l.get("level").asString(), l.get("versionDate").asString()));
                }
            }
        }
        return rows;
    }

    static List<String> nestedOfCypher(List<Record> records) {
        List<String> rows = new ArrayList<>();
        for (Record s : records) {
            for (Value i : s.get("items").values()) {
                for (Value p : i.get("basis").values()) {
                    Value l = p.get("law");
                    rows.add(row(s.get("code").asString(), s.get("name").asString(), i.get("code").asString(), i.get("name").asString(),
                            p.get("id").asString(), String.valueOf(p.get("article").asInt()), p.get("label").asString(),
                            String.join("\n", p.get("paragraphs").asList(Value::asString)),
                            l.get("id").asString(), l.get("title").asString(), l.get("level").asString(), l.get("versionDate").asLocalDate().toString()));
                }
            }
        }
        return rows;
    }

    /** The scenario, its lead department, then its items in order. */
    static List<String> lookupOfGateway(JsonNode data) {
        JsonNode s = data.get("scenario");
        List<String> rows = lookupHead(s, s.get("leadDepartment"));
        s.get("items").forEach(i -> rows.add(row("item", i.get("code").asString(), i.get("name").asString())));
        return rows;
    }

    static List<String> lookupOfLibrary(JsonNode data) {
        JsonNode s = data.get("scenarios").get(0);
        List<String> rows = lookupHead(s, s.get("leadDepartment").get(0));
        s.at("/itemsConnection/edges").forEach(e -> rows.add(row("item", e.at("/node/code").asString(), e.at("/node/name").asString())));
        return rows;
    }

    static List<String> lookupOfCypher(List<Record> records) {
        Record s = records.getFirst();
        Value d = s.get("leadDepartment").get(0);
        List<String> rows = new ArrayList<>(List.of(row("scenario", s.get("code").asString(), s.get("name").asString(),
                s.get("content").asString(null)), row("lead", d.get("code").asString(), d.get("name").asString())));
        s.get("items").values().forEach(i -> rows.add(row("item", i.get("code").asString(), i.get("name").asString())));
        return rows;
    }

    private static List<String> lookupHead(JsonNode s, JsonNode lead) {
        JsonNode content = s.get("content");
        return new ArrayList<>(List.of(row("scenario", s.get("code").asString(), s.get("name").asString(),
                content == null || content.isNull() ? null : content.asString()), row("lead", lead.get("code").asString(), lead.get("name").asString())));
    }

    private static String lines(JsonNode paragraphs) {
        List<String> lines = new ArrayList<>();
        paragraphs.forEach(p -> lines.add(p.asString()));
        return String.join("\n", lines);
    }

    private static String row(String... cells) {
        return String.join(" | ", java.util.Arrays.stream(cells).map(String::valueOf).toList());
    }

    /** The first row where two answers part, for the error message. */
    static String firstDifference(List<String> a, List<String> b) {
        for (int r = 0; r < Math.min(a.size(), b.size()); r++) {
            if (!a.get(r).equals(b.get(r))) {
                return "row %d: %s ≠ %s".formatted(r + 1, a.get(r), b.get(r));
            }
        }
        return "%d vs %d rows".formatted(a.size(), b.size());
    }
}
