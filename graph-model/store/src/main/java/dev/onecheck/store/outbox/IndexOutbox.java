package dev.onecheck.store.outbox;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

/**
 * 索引发件箱: what the search index still has to learn about. Stores call {@link #enqueue} inside the transaction
 * that changes the graph, so a change and its entry commit together; the projector reads {@link #pending} entries,
 * indexes them and {@link #acknowledge}s them. An entry changed again while it was being indexed keeps a newer
 * {@code version} and survives the acknowledgement, so nothing is lost when Elasticsearch is down or slow.
 */
public final class IndexOutbox {

    /** What an entry's key names. */
    public enum Kind {
        /** 法律简称: every version of the law, whose articles and statuses changed together. */
        LAW,
        /** 违法行为编码: the violation with its discretion standard. */
        VIOLATION,
        /** 案例编码. */
        CASE
    }

    /** One pending entry, as read. */
    public record Entry(Kind kind, String key, long version) {
    }

    private final Driver driver;

    public IndexOutbox(Driver driver) {
        this.driver = driver;
    }

    /** Records, in {@code tx}, that {@code keys} of {@code kind} need indexing. */
    public static void enqueue(TransactionContext tx, Kind kind, Collection<?> keys) {
        if (keys.isEmpty()) {
            return;
        }
        tx.run("""
                UNWIND $keys AS key
                MERGE (o:IndexOutbox {kind: $kind, key: key})
                SET o.version = coalesce(o.version, 0) + 1""", Map.of("kind", kind.name(), "keys", List.copyOf(keys))).consume();
    }

    /** Up to {@code limit} entries, by kind and key. */
    public List<Entry> pending(int limit) {
        return driver.executableQuery("MATCH (o:IndexOutbox) RETURN o.kind AS kind, o.key AS key, o.version AS version ORDER BY o.kind, o.key LIMIT $limit")
                .withParameters(Map.of("limit", limit)).execute().records().stream()
                .map(r -> new Entry(Kind.valueOf(r.get("kind").asString()), r.get("key").asString(), r.get("version").asLong()))
                .toList();
    }

    /** Removes the entries that were indexed, unless they changed since they were read. */
    public void acknowledge(Collection<Entry> entries) {
        List<Map<String, Object>> rows = entries.stream()
                .map(e -> Map.<String, Object>of("kind", e.kind().name(), "key", e.key(), "version", e.version())).toList();
        driver.executableQuery("""
                        UNWIND $entries AS e
                        MATCH (o:IndexOutbox {kind: e.kind, key: e.key}) WHERE o.version = e.version
                        DELETE o""")
                .withParameters(Map.of("entries", rows)).execute();
    }

    public long size() {
        return driver.executableQuery("MATCH (o:IndexOutbox) RETURN count(o) AS n").execute().records().getFirst().get("n").asLong();
    }
}
