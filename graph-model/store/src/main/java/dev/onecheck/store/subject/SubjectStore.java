package dev.onecheck.store.subject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.subject.Subject;
import dev.onecheck.domain.text.Hashes;
import dev.onecheck.store.Aggregate;
import dev.onecheck.store.AggregateWriter;
import dev.onecheck.store.LoadCounts;
import org.neo4j.driver.Driver;

/** 监管对象名录: subjects with their industry, region and supervising departments. */
public final class SubjectStore {

    /**
     * The links are created, not merged: they were all deleted just before, and {@code departments} is distinct.
     * A MERGE would look for the relationship first, and a batch links thousands of firms to the same few
     * departments and industries, whose new relationships in the open transaction it would walk for every firm.
     */
    public static final Aggregate SUBJECTS = new Aggregate("Subject", "uscc", """
            UNWIND $rows AS row
            MATCH (n:Subject {uscc: row.key})
            OPTIONAL MATCH (n)-[r:IN_INDUSTRY|IN_REGION|SUPERVISED_BY]->()
            DELETE r
            WITH DISTINCT n, row
            MATCH (industry:Industry {code: row.industry})
            MATCH (region:Region {code: row.region})
            CREATE (n)-[:IN_INDUSTRY]->(industry)
            CREATE (n)-[:IN_REGION]->(region)
            WITH n, row
            CALL (n, row) {
              UNWIND row.departments AS code
              MATCH (d:Department {code: code})
              CREATE (n)-[:SUPERVISED_BY]->(d)
            }
            """);

    private final AggregateWriter writer;

    public SubjectStore(Driver driver) {
        this.writer = new AggregateWriter(driver);
    }

    public LoadCounts write(List<Subject> subjects) {
        return writer.write(SUBJECTS, subjects.stream().map(SubjectStore::row).toList());
    }

    private static Map<String, Object> row(Subject s) {
        Map<String, Object> props = new HashMap<>();
        props.put("uscc", s.uscc());
        props.put("name", s.name());
        props.put("address", s.address());
        props.put("credit", s.credit().name());
        props.put("risk", s.risk().name());
        props.put("whiteListed", s.whiteListed());
        props.put("tags", s.tags());
        props.put("hash", Hashes.sha256(s.toString()));
        Map<String, Object> row = new HashMap<>();
        row.put("key", s.uscc());
        row.put("props", props);
        row.put("industry", s.industryCode());
        row.put("region", s.regionCode());
        row.put("departments", s.supervisingDepartments().stream().distinct().toList());
        return row;
    }
}
