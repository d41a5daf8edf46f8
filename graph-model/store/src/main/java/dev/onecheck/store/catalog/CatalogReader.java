package dev.onecheck.store.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.catalog.Department;
import dev.onecheck.domain.catalog.Industry;
import dev.onecheck.domain.catalog.Officer;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.store.Listing;
import dev.onecheck.store.Page;
import dev.onecheck.store.Related;
import dev.onecheck.store.catalog.CatalogReader.DepartmentFilter;
import dev.onecheck.store.catalog.CatalogReader.ItemFilter;
import dev.onecheck.store.law.LawReader;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Reads of the published catalogue for the API. Lists are keyset-paginated on the natural key; every "related"
 * read takes the keys of many parents at once and answers in one query, so a nested GraphQL request costs one
 * round trip per level, never one per parent.
 */
public final class CatalogReader {

    /** 监管事项 list filter: every non-null field must hold. GraphQL inputs bind to it directly. */
    public record ItemFilter(String department, String type, String industry) {
    }

    /** 部门 list filter: every non-null field must hold. GraphQL inputs bind to it directly. */
    public record DepartmentFilter(String level, String domain) {
    }

    /** A scenario as the portal lists it. */
    public record ScenarioSummary(String code, String name, String content) {
    }

    /** An item as the portal lists it. */
    public record ItemSummary(String code, String name, String type, String content, String object, List<String> methods,
                              String level) {
    }

    private final Listing listing;
    private final Related related;

    public CatalogReader(Driver driver) {
        this.listing = new Listing(driver);
        this.related = new Related(driver);
    }

    /** Scenarios ordered by code, after {@code afterCode} (null: from the start). */
    public Page<ScenarioSummary> scenarios(String afterCode, int first) {
        return listing.page("MATCH (node:Scenario) WHERE node.code > $after RETURN node ORDER BY node.code LIMIT $limit",
                Listing.parameters("after", Listing.after(afterCode)), first, CatalogReader::scenario);
    }

    public Map<String, ScenarioSummary> scenarios(Collection<String> codes) {
        return related.one("MATCH (s:Scenario) WHERE s.code IN $keys RETURN s.code AS key, s AS node", codes, CatalogReader::scenario);
    }

    public Page<Department> departments(DepartmentFilter filter, String afterCode, int first) {
        return listing.page("""
                        MATCH (node:Department) WHERE node.code > $after
                          AND ($level IS NULL OR node.level = $level) AND ($domain IS NULL OR $domain IN node.domains)
                        RETURN node ORDER BY node.code LIMIT $limit""",
                Listing.parameters("after", Listing.after(afterCode), "level", filter.level(), "domain", filter.domain()),
                first, CatalogReader::department);
    }

    public Map<String, Department> departments(Collection<String> codes) {
        return related.one("MATCH (d:Department) WHERE d.code IN $keys RETURN d.code AS key, d AS node", codes, CatalogReader::department);
    }

    /** 上级部门 (a district bureau's city bureau). */
    public Map<String, Department> parentDepartments(Collection<String> codes) {
        return related.one("MATCH (d:Department)-[:BRANCH_OF]->(p:Department) WHERE d.code IN $keys RETURN d.code AS key, p AS node",
                codes, CatalogReader::department);
    }

    public Map<String, List<ItemSummary>> itemsInitiatedBy(Collection<String> departmentCodes) {
        return related.many("""
                MATCH (d:Department)-[:INITIATES]->(i:Item) WHERE d.code IN $keys
                RETURN d.code AS key, i AS node ORDER BY i.code""", departmentCodes, CatalogReader::item);
    }

    public Map<String, List<ScenarioSummary>> scenariosLedBy(Collection<String> departmentCodes) {
        return related.many("""
                MATCH (s:Scenario)-[:LED_BY]->(d:Department) WHERE d.code IN $keys
                RETURN d.code AS key, s AS node ORDER BY s.code""", departmentCodes, CatalogReader::scenario);
    }

    public Page<ItemSummary> items(ItemFilter filter, String afterCode, int first) {
        return listing.page("""
                        MATCH (node:Item) WHERE node.code > $after
                          AND ($type IS NULL OR node.type = $type)
                          AND ($department IS NULL OR EXISTS { (:Department {code: $department})-[:INITIATES]->(node) })
                          AND ($industry IS NULL OR EXISTS {
                                (:Industry {code: $industry})%1$s(:Industry)<-[:APPLIES_TO]-(node) })
                        RETURN node ORDER BY node.code LIMIT $limit""".formatted(Industries.SELF_OR_ANCESTORS),
                Listing.parameters("after", Listing.after(afterCode), "type", filter.type(), "department", filter.department(),
                        "industry", filter.industry()), first, CatalogReader::item);
    }

    public Map<String, ItemSummary> items(Collection<String> codes) {
        return related.one("MATCH (i:Item) WHERE i.code IN $keys RETURN i.code AS key, i AS node", codes, CatalogReader::item);
    }

    public Map<String, List<Department>> cooperatingDepartmentsOfItems(Collection<String> itemCodes) {
        return related.many("""
                MATCH (d:Department)-[:COOPERATES]->(i:Item) WHERE i.code IN $keys
                RETURN i.code AS key, d AS node ORDER BY d.code""", itemCodes, CatalogReader::department);
    }

    public Map<String, List<Industry>> industriesOfItems(Collection<String> itemCodes) {
        return related.many("""
                MATCH (i:Item)-[:APPLIES_TO]->(ind:Industry) WHERE i.code IN $keys
                RETURN i.code AS key, ind AS node ORDER BY ind.code""", itemCodes, CatalogReader::industry);
    }

    public Map<String, List<ScenarioSummary>> scenariosOfItems(Collection<String> itemCodes) {
        return related.many("""
                MATCH (s:Scenario)-[:INCLUDES]->(i:Item) WHERE i.code IN $keys
                RETURN i.code AS key, s AS node ORDER BY s.code""", itemCodes, CatalogReader::scenario);
    }

    /** The children of {@code parent}, or the top level (门类) when it is null. */
    public Page<Industry> industries(String parent, String afterCode, int first) {
        return listing.page("""
                        MATCH (node:Industry) WHERE node.code > $after
                          AND CASE WHEN $parent IS NULL THEN NOT EXISTS { (node)-[:SUBCLASS_OF]->() }
                                   ELSE EXISTS { (node)-[:SUBCLASS_OF]->(:Industry {code: $parent}) } END
                        RETURN node ORDER BY node.code LIMIT $limit""",
                Listing.parameters("after", Listing.after(afterCode), "parent", parent), first, CatalogReader::industry);
    }

    public Map<String, Industry> industries(Collection<String> codes) {
        return related.one("MATCH (i:Industry) WHERE i.code IN $keys RETURN i.code AS key, i AS node", codes, CatalogReader::industry);
    }

    public Map<String, Industry> parentIndustries(Collection<String> codes) {
        return related.one("MATCH (i:Industry)-[:SUBCLASS_OF]->(p:Industry) WHERE i.code IN $keys RETURN i.code AS key, p AS node",
                codes, CatalogReader::industry);
    }

    public Map<String, List<Industry>> childIndustries(Collection<String> codes) {
        return related.many("""
                MATCH (c:Industry)-[:SUBCLASS_OF]->(i:Industry) WHERE i.code IN $keys
                RETURN i.code AS key, c AS node ORDER BY c.code""", codes, CatalogReader::industry);
    }

    /** Items that apply to each industry directly or through one of its ancestors (门类 → 小类). */
    public Map<String, List<ItemSummary>> itemsOfIndustries(Collection<String> codes) {
        return related.many("""
                MATCH (ind:Industry)%1$s(:Industry)<-[:APPLIES_TO]-(item:Item) WHERE ind.code IN $keys
                WITH DISTINCT ind, item ORDER BY item.code
                RETURN ind.code AS key, item AS node""".formatted(Industries.SELF_OR_ANCESTORS), codes, CatalogReader::item);
    }

    /** Officers of one department, or of all when {@code departmentCode} is null, by 执法证号. */
    public Page<Officer> officers(String departmentCode, String afterCertificate, int first) {
        return listing.page("""
                        MATCH (node:Officer)-[:MEMBER_OF]->(d:Department) WHERE node.certificateNo > $after
                          AND ($department IS NULL OR d.code = $department)
                        RETURN node {.*, department: d.code} AS node ORDER BY node.certificateNo LIMIT $limit""",
                Listing.parameters("after", Listing.after(afterCertificate), "department", departmentCode), first, CatalogReader::officer);
    }

    public Map<String, Officer> officers(Collection<String> certificateNos) {
        return related.one("""
                MATCH (o:Officer)-[:MEMBER_OF]->(d:Department) WHERE o.certificateNo IN $keys
                RETURN o.certificateNo AS key, o {.*, department: d.code} AS node""", certificateNos, CatalogReader::officer);
    }

    public Map<String, List<Officer>> officersOf(Collection<String> departmentCodes) {
        return related.many("""
                MATCH (o:Officer)-[:MEMBER_OF]->(d:Department) WHERE d.code IN $keys
                RETURN d.code AS key, o {.*, department: d.code} AS node ORDER BY o.certificateNo""", departmentCodes, CatalogReader::officer);
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

    /**
     * 设定依据: the provisions each item is based on, each once — an item based on two 款 of one article has two
     * BASED_ON relationships to it.
     */
    public Map<String, List<Provision>> basisOfItems(Collection<String> itemCodes) {
        return related.many("""
                MATCH (i:Item)-[:BASED_ON]->(p:Provision) WHERE i.code IN $keys
                WITH DISTINCT i, p ORDER BY p.lawId, p.article, p.suffix
                RETURN i.code AS key, p AS node""", itemCodes, LawReader::provision);
    }

    public Map<String, Department> initiatingDepartments(Collection<String> itemCodes) {
        return related.one("MATCH (d:Department)-[:INITIATES]->(i:Item) WHERE i.code IN $keys RETURN i.code AS key, d AS node",
                itemCodes, CatalogReader::department);
    }

    public static ScenarioSummary scenario(Value s) {
        return new ScenarioSummary(s.get("code").asString(), s.get("name").asString(), s.get("content").asString(null));
    }

    public static ItemSummary item(Value i) {
        return new ItemSummary(i.get("code").asString(), i.get("name").asString(), i.get("type").asString(null),
                i.get("content").asString(null), i.get("object").asString(null), i.get("methods").asList(Value::asString, List.of()),
                i.get("level").asString(null));
    }

    public static Department department(Value d) {
        return new Department(d.get("code").asString(), d.get("name").asString(), d.get("level").asString(null), null, null,
                d.get("domains").asList(Value::asString, List.of()));
    }

    public static Industry industry(Value i) {
        return new Industry(i.get("code").asString(), i.get("name").asString(), null);
    }

    static Officer officer(Value o) {
        return new Officer(o.get("certificateNo").asString(), o.get("name").asString(), o.get("department").asString(),
                o.get("domains").asList(Value::asString, List.of()), o.get("validUntil").asLocalDate());
    }
}
