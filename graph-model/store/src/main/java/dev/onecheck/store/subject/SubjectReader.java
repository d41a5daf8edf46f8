package dev.onecheck.store.subject;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.onecheck.domain.access.SubjectScope;
import dev.onecheck.domain.catalog.Department;
import dev.onecheck.domain.catalog.Industry;
import dev.onecheck.domain.subject.CreditLevel;
import dev.onecheck.domain.subject.RiskLevel;
import dev.onecheck.store.Listing;
import dev.onecheck.store.Page;
import dev.onecheck.store.Related;
import dev.onecheck.store.catalog.CatalogReader.ItemSummary;
import dev.onecheck.store.catalog.CatalogReader;
import dev.onecheck.store.catalog.Industries;
import dev.onecheck.store.subject.SubjectReader.SubjectFilter;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** Reads of regulated subjects for the API; access rules are applied by the caller (see SubjectAccess). */
public final class SubjectReader {

    /** 监管对象 list filter: every non-null field must hold. GraphQL inputs bind to it directly. */
    public record SubjectFilter(String industry, String region, CreditLevel creditLevel, RiskLevel riskLevel, String department) {
        public static final SubjectFilter NONE = new SubjectFilter(null, null, null, null, null);
    }

    /** A subject with what access decisions and the API need: its supervising departments and industry. */
    public record SubjectDetails(String uscc, String name, String address, CreditLevel creditLevel, RiskLevel riskLevel, boolean whiteListed,
                                 List<String> supervisingDepartments, Industry industry) {
    }

    private final Listing listing;
    private final Related related;

    public SubjectReader(Driver driver) {
        this.listing = new Listing(driver);
        this.related = new Related(driver);
    }

    public Optional<SubjectDetails> subject(String uscc) {
        return subjects(SubjectFilter.NONE, new SubjectScope(null, uscc), null, 1).rows().stream().findFirst();
    }

    /** Subjects by credit code within {@code scope}; {@code filter} narrows further. */
    public Page<SubjectDetails> subjects(SubjectFilter filter, SubjectScope scope, String afterUscc, int first) {
        return listing.page("""
                        MATCH (s:Subject) WHERE s.uscc > $after
                          AND ($uscc IS NULL OR s.uscc = $uscc)
                          AND ($scopeDepartment IS NULL OR EXISTS { (s)-[:SUPERVISED_BY]->(:Department {code: $scopeDepartment}) })
                          AND ($department IS NULL OR EXISTS { (s)-[:SUPERVISED_BY]->(:Department {code: $department}) })
                          AND ($industry IS NULL OR EXISTS { (s)-[:IN_INDUSTRY]->(:Industry {code: $industry}) })
                          AND ($region IS NULL OR EXISTS { (s)-[:IN_REGION]->(:Region {code: $region}) })
                          AND ($credit IS NULL OR s.credit = $credit) AND ($risk IS NULL OR s.risk = $risk)
                        WITH s ORDER BY s.uscc LIMIT $limit
                        OPTIONAL MATCH (s)-[:IN_INDUSTRY]->(i:Industry)
                        RETURN s {.*, departments: COLLECT { MATCH (s)-[:SUPERVISED_BY]->(d:Department) RETURN d.code ORDER BY d.code },
                                  industry: i {.code, .name}} AS node
                        ORDER BY s.uscc""",
                Listing.parameters("after", Listing.after(afterUscc), "uscc", scope.uscc(), "scopeDepartment", scope.department(),
                        "department", filter.department(), "industry", filter.industry(), "region", filter.region(),
                        "credit", name(filter.creditLevel()), "risk", name(filter.riskLevel())), first, SubjectReader::details);
    }

    /** 监管部门 of each subject. */
    public Map<String, List<Department>> supervisingDepartments(Collection<String> usccs) {
        return related.many("""
                MATCH (s:Subject)-[:SUPERVISED_BY]->(d:Department) WHERE s.uscc IN $keys
                RETURN s.uscc AS key, d AS node ORDER BY d.code""", usccs, CatalogReader::department);
    }

    /** Items that apply to each subject's industry or one of its ancestors (门类 → 小类), by credit code. */
    public Map<String, List<ItemSummary>> applicableItems(Collection<String> usccs) {
        return related.many("""
                MATCH (s:Subject)-[:IN_INDUSTRY]->(:Industry)%1$s(:Industry)<-[:APPLIES_TO]-(item:Item)
                WHERE s.uscc IN $keys
                WITH DISTINCT s, item ORDER BY item.code
                RETURN s.uscc AS key, item AS node""".formatted(Industries.SELF_OR_ANCESTORS), usccs, CatalogReader::item);
    }

    private static String name(Enum<?> level) {
        return level == null ? null : level.name();
    }

    private static SubjectDetails details(Value s) {
        Value i = s.get("industry");
        return new SubjectDetails(s.get("uscc").asString(), s.get("name").asString(), s.get("address").asString(null),
                s.get("credit").isNull() ? null : CreditLevel.valueOf(s.get("credit").asString()),
                s.get("risk").isNull() ? null : RiskLevel.valueOf(s.get("risk").asString()), s.get("whiteListed").asBoolean(false),
                s.get("departments").asList(Value::asString), i.isNull() ? null : new Industry(i.get("code").asString(), i.get("name").asString(), null));
    }
}
