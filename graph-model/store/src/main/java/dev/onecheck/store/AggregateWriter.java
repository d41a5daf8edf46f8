package dev.onecheck.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.onecheck.store.outbox.IndexOutbox;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Writes rows of one {@link Aggregate} in one transaction: {@code MERGE} on the natural key, properties replaced,
 * relationships rebuilt — but only for rows whose {@code hash} differs from the stored one, so loading the same
 * data twice reports every row unchanged and writes nothing. Nodes are written before links, so a row may refer
 * to another row of the same file in any order. Rows of an indexed aggregate that changed are queued in the
 * {@link IndexOutbox} in the same transaction.
 */
public final class AggregateWriter {

    private static final String UPSERT = """
            UNWIND $rows AS row
            OPTIONAL MATCH (old:%1$s {%2$s: row.key})
            WITH row, CASE WHEN old IS NULL THEN 'created' WHEN old.hash = row.props.hash THEN 'unchanged' ELSE 'updated' END AS outcome
            CALL (row, outcome) {
              WITH row WHERE outcome <> 'unchanged'
              MERGE (n:%1$s {%2$s: row.key})
              SET n = row.props
            }
            RETURN outcome, count(*) AS rows, collect(CASE WHEN outcome <> 'unchanged' THEN row.key END) AS changed
            """;

    private final Driver driver;

    public AggregateWriter(Driver driver) {
        this.driver = driver;
    }

    /**
     * @param rows each with {@code key}, {@code props} (including {@code hash} and the key property) and whatever
     *             the aggregate's links read
     */
    public LoadCounts write(Aggregate aggregate, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return LoadCounts.NONE;
        }
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                LoadCounts counts = LoadCounts.NONE;
                Set<Object> changed = new HashSet<>();
                for (Record r : tx.run(UPSERT.formatted(aggregate.label(), aggregate.key()), Map.of("rows", rows)).list()) {
                    counts = counts.plus(LoadCounts.of(r.get("outcome").asString(), r.get("rows").asInt()));
                    changed.addAll(r.get("changed").asList());
                }
                link(tx, aggregate, rows.stream().filter(row -> changed.contains(row.get("key"))).toList());
                if (aggregate.indexed() != null) {
                    IndexOutbox.enqueue(tx, aggregate.indexed(), changed);
                }
                return counts;
            });
        }
    }

    private static void link(TransactionContext tx, Aggregate aggregate, List<Map<String, Object>> changedRows) {
        if (!changedRows.isEmpty() && aggregate.links() != null) {
            tx.run(aggregate.links(), Map.of("rows", changedRows)).consume();
        }
    }

    /** The keys among {@code keys} that exist as nodes of {@code aggregate}: reference checks before a write. */
    public Set<String> existing(Aggregate aggregate, Collection<String> keys) {
        String cypher = "MATCH (n:%1$s) WHERE n.%2$s IN $keys RETURN n.%2$s AS key".formatted(aggregate.label(), aggregate.key());
        return driver.executableQuery(cypher).withParameters(Map.of("keys", List.copyOf(keys))).execute().records()
                .stream().map(r -> r.get("key").asString()).collect(Collectors.toSet());
    }
}
