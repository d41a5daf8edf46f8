package dev.onecheck.store.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.onecheck.domain.catalog.Department;
import dev.onecheck.domain.catalog.Industry;
import dev.onecheck.domain.catalog.Item;
import dev.onecheck.domain.catalog.Officer;
import dev.onecheck.domain.catalog.Region;
import dev.onecheck.domain.catalog.Scenario;
import dev.onecheck.domain.law.LawReference;
import dev.onecheck.domain.text.Hashes;
import dev.onecheck.store.Aggregate;
import dev.onecheck.store.AggregateWriter;
import dev.onecheck.store.LoadCounts;
import dev.onecheck.store.law.LawStore;
import org.neo4j.driver.Driver;

/**
 * The supervision catalogue (监管目录): regions, departments, industries, items, scenarios and officers, with their
 * relationships as in the architecture: {@code (Department)-[:INITIATES|COOPERATES]->(Item)},
 * {@code (Item)-[:BASED_ON]->(Provision)} (the version in force), {@code (Item)-[:APPLIES_TO]->(Industry)},
 * {@code (Scenario)-[:LED_BY|ASSISTED_BY]->(Department)}, {@code (Scenario)-[:INCLUDES]->(Item)} …
 */
public final class CatalogStore {

    public static final Aggregate REGIONS = new Aggregate("Region", "code", """
            UNWIND $rows AS row
            MATCH (n:Region {code: row.key})
            OPTIONAL MATCH (n)-[r:PART_OF]->()
            DELETE r
            WITH DISTINCT n, row
            MATCH (parent:Region {code: row.parent})
            MERGE (n)-[:PART_OF]->(parent)
            """);

    public static final Aggregate DEPARTMENTS = new Aggregate("Department", "code", """
            UNWIND $rows AS row
            MATCH (n:Department {code: row.key})
            OPTIONAL MATCH (n)-[r:IN_REGION|BRANCH_OF]->()
            DELETE r
            WITH DISTINCT n, row
            MATCH (region:Region {code: row.region})
            MERGE (n)-[:IN_REGION]->(region)
            WITH n, row
            OPTIONAL MATCH (parent:Department {code: row.parent})
            FOREACH (p IN CASE WHEN parent IS NULL THEN [] ELSE [parent] END | MERGE (n)-[:BRANCH_OF]->(p))
            """);

    public static final Aggregate INDUSTRIES = new Aggregate("Industry", "code", """
            UNWIND $rows AS row
            MATCH (n:Industry {code: row.key})
            OPTIONAL MATCH (n)-[r:SUBCLASS_OF]->()
            DELETE r
            WITH DISTINCT n, row
            MATCH (parent:Industry {code: row.parent})
            MERGE (n)-[:SUBCLASS_OF]->(parent)
            """);

    /** 设定依据 resolves to the provision of the version in force (现行有效); 款/项 ride on the relationship. */
    public static final Aggregate ITEMS = new Aggregate("Item", "code", """
            UNWIND $rows AS row
            MATCH (n:Item {code: row.key})
            OPTIONAL MATCH (n)<-[r1:INITIATES|COOPERATES]-()
            DELETE r1
            WITH DISTINCT n, row
            OPTIONAL MATCH (n)-[r2:BASED_ON|APPLIES_TO]->()
            DELETE r2
            WITH DISTINCT n, row
            MATCH (lead:Department {code: row.initiating})
            MERGE (lead)-[:INITIATES]->(n)
            WITH n, row
            CALL (n, row) {
              UNWIND row.cooperating AS code
              MATCH (d:Department {code: code})
              MERGE (d)-[:COOPERATES]->(n)
            }
            CALL (n, row) {
              UNWIND row.basis AS ref
              %1$s
              MERGE (n)-[b:BASED_ON {paragraph: ref.paragraph, item: ref.item}]->(p)
            }
            CALL (n, row) {
              UNWIND row.industries AS code
              MATCH (i:Industry {code: code})
              MERGE (n)-[:APPLIES_TO]->(i)
            }
            """.formatted(LawStore.PROVISION_IN_FORCE));

    public static final Aggregate SCENARIOS = new Aggregate("Scenario", "code", """
            UNWIND $rows AS row
            MATCH (n:Scenario {code: row.key})
            OPTIONAL MATCH (n)-[r:LED_BY|ASSISTED_BY|INCLUDES|TARGETS]->()
            DELETE r
            WITH DISTINCT n, row
            MATCH (lead:Department {code: row.lead})
            MERGE (n)-[:LED_BY]->(lead)
            WITH n, row
            CALL (n, row) {
              UNWIND row.cooperating AS code
              MATCH (d:Department {code: code})
              MERGE (n)-[:ASSISTED_BY]->(d)
            }
            CALL (n, row) {
              UNWIND range(0, size(row.items) - 1) AS position
              MATCH (i:Item {code: row.items[position]})
              MERGE (n)-[:INCLUDES {position: position}]->(i)
            }
            CALL (n, row) {
              UNWIND row.industries AS code
              MATCH (i:Industry {code: code})
              MERGE (n)-[:TARGETS]->(i)
            }
            """);

    public static final Aggregate OFFICERS = new Aggregate("Officer", "certificateNo", """
            UNWIND $rows AS row
            MATCH (n:Officer {certificateNo: row.key})
            OPTIONAL MATCH (n)-[r:MEMBER_OF]->()
            DELETE r
            WITH DISTINCT n, row
            MATCH (d:Department {code: row.department})
            MERGE (n)-[:MEMBER_OF]->(d)
            """);

    private final Driver driver;
    private final AggregateWriter writer;

    public CatalogStore(Driver driver) {
        this.driver = driver;
        this.writer = new AggregateWriter(driver);
    }

    public LoadCounts writeRegions(List<Region> regions) {
        return writer.write(REGIONS, regions.stream().map(r -> row(r.code(), r,
                Map.of("code", r.code(), "name", r.name()), "parent", r.parentCode())).toList());
    }

    public LoadCounts writeDepartments(List<Department> departments) {
        return writer.write(DEPARTMENTS, departments.stream().map(d -> row(d.code(), d,
                Map.of("code", d.code(), "name", d.name(), "level", d.level(), "domains", d.domains()),
                "region", d.regionCode(), "parent", d.parentCode())).toList());
    }

    public LoadCounts writeIndustries(List<Industry> industries) {
        return writer.write(INDUSTRIES, industries.stream().map(i -> row(i.code(), i,
                Map.of("code", i.code(), "name", i.name()), "parent", i.parentCode())).toList());
    }

    public LoadCounts writeItems(List<Item> items) {
        return writer.write(ITEMS, items.stream().map(i -> {
            Map<String, Object> row = row(i.code(), i, Map.of("code", i.code(), "name", i.name(), "type", i.type(),
                    "content", i.content(), "object", i.object(), "methods", i.methods(), "level", i.level(),
                    "basisText", i.basis().stream().map(LawReference::toString).toList()),
                    "initiating", i.initiatingDepartment());
            row.put("cooperating", i.cooperatingDepartments());
            row.put("basis", i.basis().stream().map(LawReference::parameters).toList());
            row.put("industries", i.industries());
            return row;
        }).toList());
    }

    public LoadCounts writeScenarios(List<Scenario> scenarios) {
        return writer.write(SCENARIOS, scenarios.stream().map(s -> {
            Map<String, Object> row = row(s.code(), s, Map.of("code", s.code(), "name", s.name(), "content", s.content()),
                    "lead", s.leadDepartment());
            row.put("cooperating", s.cooperatingDepartments());
            row.put("items", s.items());
            row.put("industries", s.industries());
            return row;
        }).toList());
    }

    public LoadCounts writeOfficers(List<Officer> officers) {
        return writer.write(OFFICERS, officers.stream().map(o -> row(o.certificateNo(), o,
                Map.of("certificateNo", o.certificateNo(), "name", o.name(), "domains", o.domains(), "validUntil", o.validUntil()),
                "department", o.departmentCode())).toList());
    }

    /** Which of {@code keys} already exist in the graph as {@code aggregate}: for reference checks before writing. */
    public Set<String> existing(Aggregate aggregate, Collection<String> keys) {
        return writer.existing(aggregate, keys);
    }

    /** A region without sub-regions (区/县), where subjects are registered. */
    public record Place(String code, String name) {
    }

    public List<Place> leafRegions() {
        return driver.executableQuery("""
                        MATCH (r:Region) WHERE NOT (r)<-[:PART_OF]-(:Region)
                        RETURN r.code AS code, r.name AS name ORDER BY code""")
                .execute().records().stream().map(r -> new Place(r.get("code").asString(), r.get("name").asString())).toList();
    }

    /** A most specific industry (小类 or the deepest loaded) and the departments whose items apply to it or its ancestors. */
    public record Sector(String code, String name, List<String> departments) {
    }

    public List<Sector> leafIndustries() {
        return driver.executableQuery("""
                        MATCH (i:Industry) WHERE NOT (i)<-[:SUBCLASS_OF]-(:Industry)
                        OPTIONAL MATCH (i)%1$s(:Industry)<-[:APPLIES_TO]-(:Item)<-[:INITIATES]-(d:Department)
                        WITH i, d ORDER BY d.code
                        RETURN i.code AS code, i.name AS name, collect(DISTINCT d.code) AS departments ORDER BY code""".formatted(Industries.SELF_OR_ANCESTORS))
                .execute().records().stream()
                .map(r -> new Sector(r.get("code").asString(), r.get("name").asString(), r.get("departments").asList(v -> v.asString())))
                .toList();
    }

    /**
     * A writer row: {@code props} plus a hash of the whole record, so a changed relationship target counts as an
     * update too; then pairs of link field name and value (values may be null).
     */
    private static Map<String, Object> row(String key, Record record, Map<String, Object> props, Object... links) {
        Map<String, Object> withHash = new HashMap<>(props);
        withHash.put("hash", Hashes.sha256(record.toString()));
        Map<String, Object> row = new HashMap<>();
        row.put("key", key);
        row.put("props", withHash);
        for (int i = 0; i < links.length; i += 2) {
            row.put((String) links[i], links[i + 1]);
        }
        return row;
    }
}
