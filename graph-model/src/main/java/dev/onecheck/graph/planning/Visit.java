package dev.onecheck.graph.planning;

import java.util.List;

import org.neo4j.driver.Value;

/**
 * 一次入企: one visit to a firm in a window, made of the parts each department checks. A visit with parts from two
 * or more departments is a 联合检查; caps count visits, not department tasks.
 */
public record Visit(String code, String uscc, String industry, Window window, List<Part> parts) {

    /** What one department's task checks during the visit. */
    public record Part(String department, List<String> items) {

        public Part {
            items = List.copyOf(items);
        }
    }

    /** The Cypher projection {@link #of(Value)} reads, for a {@code v:Inspection}: its tasks are its parts. */
    public static final String PROJECTION = """
            v {.code, .uscc, .industry, .from, .to,
               parts: COLLECT { MATCH (t:Task)-[:PART_OF]->(v) RETURN t {.department, .items} ORDER BY t.code } }""";

    public Visit {
        parts = List.copyOf(parts);
    }

    public static Visit of(Value v) {
        return new Visit(v.get("code").asString(), v.get("uscc").asString(), v.get("industry").asString(),
                new Window(v.get("from").asLocalDate(), v.get("to").asLocalDate()),
                v.get("parts").asList(p -> new Part(p.get("department").asString(), p.get("items").asList(Value::asString))));
    }

    public List<String> departments() {
        return parts.stream().map(Part::department).distinct().sorted().toList();
    }

    public boolean joint() {
        return departments().size() > 1;
    }

    public boolean checks(String item) {
        return parts.stream().anyMatch(p -> p.items().contains(item));
    }
}
