package dev.onecheck.store.penalty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import dev.onecheck.domain.law.LawReference;
import dev.onecheck.domain.law.LawText;
import dev.onecheck.domain.penalty.Provenance;
import dev.onecheck.domain.penalty.derive.DerivedViolation;
import dev.onecheck.domain.penalty.derive.ViolationDeriver;
import dev.onecheck.store.law.LawStore;
import dev.onecheck.store.outbox.IndexOutbox;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Violations derived from penalty articles ({@code provenance: DERIVED}), one law at a time: the derived violations of
 * a law are replaced whole, linked {@code VIOLATES}/{@code PENALIZED_BY} to the articles in force like curated ones,
 * and the law version in force remembers what it was derived with ({@code derivedWith}: its checksum and
 * {@link ViolationDeriver#VERSION}), so a warm load derives nothing and a changed law or reading derives again. A
 * curated violation on the same penalty article (and 款) that breaks the same article absorbs the derived one.
 */
public final class DerivedViolationStore {

    /** A law version in force whose derivation is missing or out of date. */
    public record Pending(String lawId, String shortTitle, String key) {
    }

    private static final String PENDING = """
            MATCH (l:Law {status: '现行有效'})
            WITH l, l.hash + '/' + $version AS key
            WHERE l.derivedWith IS NULL OR l.derivedWith <> key
            RETURN l.id AS lawId, l.shortTitle AS shortTitle, key ORDER BY l.id""";

    /** Derived violations of a law no version of which is in force any more (已废止): they answer nothing. */
    private static final String RETIRE = """
            MATCH (v:Violation {provenance: 'DERIVED'})
            WHERE NOT EXISTS { MATCH (:Law {shortTitle: v.law, status: '现行有效'}) }
            WITH collect(v) AS gone, collect(v.code) AS codes
            FOREACH (v IN gone | DETACH DELETE v)
            RETURN codes""";

    private static final String REPLACE = """
            UNWIND $laws AS law
            CALL (law) {
              OPTIONAL MATCH (old:Violation {provenance: 'DERIVED', law: law.shortTitle})
              WITH collect(old) AS olds, collect(old.code) AS removed
              FOREACH (o IN olds | DETACH DELETE o)
              RETURN removed
            }
            MATCH (l:Law {id: law.lawId})
            SET l.derivedWith = law.key
            WITH law, removed
            CALL (law) {
              UNWIND law.violations AS row
              CREATE (n:Violation)
              SET n = row.props
              WITH n, row
              CALL (n, row) {
                UNWIND row.violates AS ref
                %1$s
                MERGE (n)-[:VIOLATES {paragraph: ref.paragraph, item: ref.item}]->(p)
              }
              CALL (n, row) {
                WITH n, row.penalizedBy AS ref
                %1$s
                MERGE (n)-[:PENALIZED_BY {paragraph: ref.paragraph, item: ref.item, act: ref.act}]->(p)
              }
              RETURN count(n) AS created
            }
            RETURN removed, created""".formatted(LawStore.PROVISION_IN_FORCE);

    /**
     * Same penalty article, a compatible 款 and 项, and the same article violated — or, for a derived violation that
     * names none, the same item.
     */
    private static final String ABSORB = """
            MATCH (d:Violation {provenance: 'DERIVED'})-[rd:PENALIZED_BY]->(p:Provision)<-[rc:PENALIZED_BY]-(c:Violation)
            WHERE coalesce(c.provenance, 'CURATED') = 'CURATED' AND ($laws IS NULL OR d.law IN $laws)
              AND (coalesce(rc.paragraph, 0) = 0 OR rc.paragraph = rd.paragraph)
              AND (EXISTS { (d)-[:VIOLATES]->(:Provision)<-[:VIOLATES]-(c) }
                   OR (NOT EXISTS { (d)-[:VIOLATES]->() } AND coalesce(rc.item, 0) = rd.item))
            WITH DISTINCT d
            WITH collect(d) AS absorbed, collect(d.code) AS codes
            FOREACH (d IN absorbed | DETACH DELETE d)
            RETURN codes""";

    private final Driver driver;

    public DerivedViolationStore(Driver driver) {
        this.driver = driver;
    }

    /** What a derivation run did: the laws derived, the violations written, and those removed with their law's repeal. */
    public record Derived(int laws, int violations, int retired) {
    }

    /**
     * Removes the derived violations of laws no longer in force, then derives, from {@code texts}, the violations of
     * each law version in force whose derivation is pending, {@code batch} laws per transaction; {@code progress} hears
     * how many laws are done out of how many.
     */
    public Derived deriveChanged(Collection<LawText> texts, int batch, BiConsumer<Integer, Integer> progress) {
        int retired = retire().size();
        Map<String, LawText> byId = new HashMap<>();
        texts.forEach(t -> byId.put(t.law().id(), t));
        List<Pending> todo = pending().stream().filter(p -> byId.containsKey(p.lawId())).toList();
        int written = 0;
        for (int from = 0; from < todo.size(); from += batch) {
            Map<Pending, List<DerivedViolation>> some = new LinkedHashMap<>();
            todo.subList(from, Math.min(todo.size(), from + batch)).forEach(p -> some.put(p, ViolationDeriver.derive(byId.get(p.lawId()))));
            written += replace(some);
            progress.accept(Math.min(todo.size(), from + batch), todo.size());
        }
        return new Derived(todo.size(), written, retired);
    }

    /** Removes the derived violations of laws without a version in force; returns their codes. */
    List<String> retire() {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                List<String> codes = tx.run(RETIRE).single().get("codes").asList(Value::asString);
                IndexOutbox.enqueue(tx, IndexOutbox.Kind.VIOLATION, codes);
                return codes;
            });
        }
    }

    /** The laws in force to derive: never derived, changed since, or derived by another reading. */
    public List<Pending> pending() {
        return driver.executableQuery(PENDING).withParameters(Map.of("version", ViolationDeriver.VERSION)).execute().records().stream()
                .map(r -> new Pending(r.get("lawId").asString(), r.get("shortTitle").asString(), r.get("key").asString())).toList();
    }

    /** Replaces the derived violations of each law in one transaction; returns how many were written (after absorption). */
    int replace(Map<Pending, List<DerivedViolation>> byLaw) {
        if (byLaw.isEmpty()) {
            return 0;
        }
        List<Map<String, Object>> laws = byLaw.entrySet().stream().map(e -> Map.<String, Object>of("lawId", e.getKey().lawId(),
                "shortTitle", e.getKey().shortTitle(), "key", e.getKey().key(),
                "violations", e.getValue().stream().map(v -> row(e.getKey().shortTitle(), v)).toList())).toList();
        List<String> titles = byLaw.keySet().stream().map(Pending::shortTitle).toList();
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                Set<String> changed = new HashSet<>();
                int created = 0;
                for (Record r : tx.run(REPLACE, Map.of("laws", laws)).list()) {
                    changed.addAll(r.get("removed").asList(Value::asString));
                    created += r.get("created").asInt();
                }
                byLaw.values().forEach(vs -> vs.forEach(v -> changed.add(v.code())));
                List<String> absorbed = absorb(tx, titles);
                IndexOutbox.enqueue(tx, IndexOutbox.Kind.VIOLATION, changed);
                return created - absorbed.size();
            });
        }
    }

    /** Lets curated violations absorb the derived ones they cover, after curated ones were loaded; returns their codes. */
    public List<String> absorbIntoCurated() {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                List<String> absorbed = absorb(tx, null);
                IndexOutbox.enqueue(tx, IndexOutbox.Kind.VIOLATION, absorbed);
                return absorbed;
            });
        }
    }

    private static List<String> absorb(TransactionContext tx, List<String> laws) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("laws", laws);
        return tx.run(ABSORB, parameters).single().get("codes").asList(Value::asString);
    }

    private static Map<String, Object> row(String shortTitle, DerivedViolation v) {
        Map<String, Object> props = new HashMap<>();
        props.put("code", v.code());
        props.put("name", v.name());
        props.put("aliases", List.of());
        props.put("provenance", Provenance.DERIVED.name());
        props.put("law", shortTitle);
        props.put("enforcer", v.enforcer());
        props.put("penaltyText", v.penaltyText());
        props.put("measures", v.measures());
        props.put("conditions", v.conditions());
        props.put("confidence", v.confidence());
        List<Map<String, Object>> violates = new ArrayList<>(v.violates().stream().map(LawReference::parameters).toList());
        Map<String, Object> penalizedBy = new HashMap<>(v.penaltyArticle().parameters());
        penalizedBy.put("act", v.act());
        return Map.of("props", props, "violates", violates, "penalizedBy", penalizedBy);
    }
}
