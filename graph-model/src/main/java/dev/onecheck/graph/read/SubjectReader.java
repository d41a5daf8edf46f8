package dev.onecheck.graph.read;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.onecheck.graph.catalog.Industry;
import dev.onecheck.graph.read.CatalogReader.ItemSummary;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reads of regulated subjects for the API; access rules are applied by the caller (see SubjectAccess). */
public final class SubjectReader {

    /** A subject with what access decisions and the API need: its supervising departments and industry. */
    public record SubjectDetails(String uscc, String name, String address, String creditLevel, String riskLevel, boolean whiteListed,
                                 List<String> supervisingDepartments, Industry industry) {
    }

    private final Driver driver;
    private final Related related;

    public SubjectReader(Driver driver) {
        this.driver = driver;
        this.related = new Related(driver);
    }

    public Optional<SubjectDetails> subject(String uscc) {
        List<Record> records = driver.executableQuery("""
                        MATCH (s:Subject {uscc: $uscc})
                        OPTIONAL MATCH (s)-[:SUPERVISED_BY]->(d:Department)
                        OPTIONAL MATCH (s)-[:IN_INDUSTRY]->(i:Industry)
                        RETURN s, collect(DISTINCT d.code) AS departments, i""")
                .withParameters(Map.of("uscc", uscc)).execute().records();
        return records.stream().filter(r -> !r.get("s").isNull()).findFirst().map(r -> {
            Value s = r.get("s");
            Value i = r.get("i");
            return new SubjectDetails(s.get("uscc").asString(), s.get("name").asString(), s.get("address").asString(null),
                    s.get("credit").asString(null), s.get("risk").asString(null), s.get("whiteListed").asBoolean(false),
                    r.get("departments").asList(Value::asString),
                    i.isNull() ? null : new Industry(i.get("code").asString(), i.get("name").asString(), null));
        });
    }

    /** Items that apply to each subject's industry or one of its ancestors (门类 → 小类), by credit code. */
    public Map<String, List<ItemSummary>> applicableItems(Collection<String> usccs) {
        return related.many("""
                MATCH (s:Subject)-[:IN_INDUSTRY]->(:Industry)-[:SUBCLASS_OF*0..3]->(:Industry)<-[:APPLIES_TO]-(item:Item)
                WHERE s.uscc IN $keys
                WITH DISTINCT s, item ORDER BY item.code
                RETURN s.uscc AS key, item AS node""", usccs, CatalogReader::item);
    }
}
