package dev.onecheck.store.law;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.onecheck.domain.law.ArticleCorrespondence;
import dev.onecheck.domain.law.Law;
import dev.onecheck.domain.law.LawReference;
import dev.onecheck.domain.law.LawRepeals;
import dev.onecheck.domain.law.LawText;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.store.LoadCounts;
import dev.onecheck.store.outbox.IndexOutbox;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Writes law versions and their articles: {@code (:Law)-[:HAS_PROVISION]->(:Provision)}, and between versions of
 * one law {@code (newer)-[:SUPERSEDES]->(older)} with effective ranges and status (a version ends the day before the
 * next takes effect; a version repealed by another law ends the day before that law takes effect, 已废止), and between their articles {@code (older)-[:AMENDED_AS]->(newer)} where one continues the other. A law whose source hash is
 * already stored, with the same day of entry into force (a row added to the amendments in force changes it, not the
 * text) and {@code commencementAssumed}, is left alone (unchanged); a changed one is rewritten in place, keeping the provision nodes that
 * other parts of the graph point to. Each batch is one transaction: a batch is written whole or not at all.
 */
public final class LawStore {

    private static final String UPSERT = """
            UNWIND $laws AS law
            OPTIONAL MATCH (old:Law {id: law.props.id})
            WITH law, CASE WHEN old IS NULL THEN 'created'
                           WHEN old.hash = law.props.hash AND old.effectiveFrom = law.props.effectiveFrom
                                AND old.commencementAssumed = law.props.commencementAssumed
                                AND coalesce(old.repeals, []) = law.props.repeals THEN 'unchanged'
                           ELSE 'updated' END AS outcome
            CALL (law, outcome) {
              WITH law WHERE outcome <> 'unchanged'
              MERGE (l:Law {id: law.props.id})
              SET l = law.props
              WITH l, law
              CALL (l, law) {
                UNWIND law.provisions AS p
                MERGE (n:Provision {id: p.id})
                SET n = p
                MERGE (l)-[:HAS_PROVISION]->(n)
              }
              CALL (l, law) {
                MATCH (l)-[:HAS_PROVISION]->(gone:Provision)
                WHERE NOT gone.id IN [p IN law.provisions | p.id]
                DETACH DELETE gone
              }
            }
            RETURN outcome, count(*) AS laws, collect(CASE WHEN outcome <> 'unchanged' THEN law.props.shortTitle END) AS changed
            """;

    /**
     * Orders the versions of each law: effective ranges, 现行有效 / 已修订 / 已废止, SUPERSEDES links. The latest version
     * is 已废止 when a later text of another title repeals it ({@link LawRepeals}, a {@code repeals} list on each law):
     * it ends the day before the earliest such text takes effect, linked {@code (repealing)-[:REPEALS]->(version)}; so is
     * the latest version of a rule implementing a law that text repeals ({@code $implemented}: title → law implemented).
     * Computed from the whole graph, whatever batch brought either law, so loading in any order gives the same; returns
     * the titles whose status changed, to re-index.
     */
    private static final String LINK_VERSIONS = """
            MATCH (l:Law) WHERE l.shortTitle IN $titles
            WITH l ORDER BY l.versionDate
            WITH l.shortTitle AS title, collect(l) AS versions
            UNWIND range(0, size(versions) - 1) AS i
            WITH title, versions[i] AS law, CASE WHEN i + 1 < size(versions) THEN versions[i + 1] END AS next
            CALL (title, law, next) {
              OPTIONAL MATCH (r:Law) WHERE next IS NULL AND (title IN r.repeals OR $implemented[title] IN r.repeals)
                AND r.effectiveFrom > law.versionDate
              RETURN r AS repealing ORDER BY r.effectiveFrom LIMIT 1
            }
            WITH title, law, next, repealing, law.status AS before
            SET law.effectiveTo = CASE WHEN next IS NOT NULL THEN next.effectiveFrom - duration({days: 1})
                                       WHEN repealing IS NOT NULL THEN repealing.effectiveFrom - duration({days: 1}) END,
                law.status = CASE WHEN next IS NOT NULL THEN '已修订' WHEN repealing IS NOT NULL THEN '已废止' ELSE '现行有效' END
            WITH title, law, next, repealing, before
            CALL (law, repealing) {
              MATCH (law)<-[gone:REPEALS]-(r:Law) WHERE repealing IS NULL OR r <> repealing
              DELETE gone
            }
            CALL (law, repealing) {
              WITH law, repealing WHERE repealing IS NOT NULL
              MERGE (repealing)-[:REPEALS]->(law)
            }
            CALL (law, next) {
              WITH law, next WHERE next IS NOT NULL
              MERGE (next)-[:SUPERSEDES]->(law)
            }
            RETURN collect(DISTINCT CASE WHEN before IS NOT NULL AND before <> law.status THEN title END) AS restated
            """;

    /** The articles of consecutive versions of each law, to pair them ({@link ArticleCorrespondence}). */
    private static final String CONSECUTIVE_VERSIONS = """
            MATCH (newer:Law)-[:SUPERSEDES]->(older:Law) WHERE newer.shortTitle IN $titles
            CALL (older) {
              MATCH (older)-[:HAS_PROVISION]->(p:Provision)
              RETURN collect(p) AS olderProvisions
            }
            CALL (newer) {
              MATCH (newer)-[:HAS_PROVISION]->(p:Provision)
              RETURN collect(p) AS newerProvisions
            }
            RETURN older.id AS older, newer.id AS newer, olderProvisions, newerProvisions
            """;

    /** Replaces the pairing between two versions: {@code (older article)-[:AMENDED_AS {similarity}]->(newer article)}. */
    private static final String PAIR_ARTICLES = """
            MATCH (:Law {id: $older})-[:HAS_PROVISION]->(:Provision)-[gone:AMENDED_AS]->(:Provision)<-[:HAS_PROVISION]-(:Law {id: $newer})
            DELETE gone
            WITH count(*) AS cleared
            UNWIND $pairs AS pair
            MATCH (o:Provision {id: pair.older}), (n:Provision {id: pair.newer})
            MERGE (o)-[r:AMENDED_AS]->(n)
            SET r.similarity = pair.similarity
            """;

    /**
     * Cypher clauses: the article a citation {@code ref} ({@link LawReference#parameters}) names, in the law version
     * in force (现行有效), bound to {@code p}. The one place that decides which version a citation means. The article is
     * sought by its id ({@link Provision#id}: law version id and {@link LawReference#articleKey}), a unique-index
     * seek: matched on article number instead, the planner started from every law's article of that number (ten
     * cities' laws: hundreds of candidates per citation) and walked back to the law.
     */
    public static final String PROVISION_IN_FORCE = """
            MATCH (inForce:Law {shortTitle: ref.law, status: '现行有效'})
            MATCH (p:Provision {id: inForce.id + '/' + ref.articleKey})
              WHERE (inForce)-[:HAS_PROVISION]->(p)""";

    private final Driver driver;

    public LawStore(Driver driver) {
        this.driver = driver;
    }

    /** Writes one batch of parsed laws in one transaction and returns what happened to each. */
    public LoadCounts upsert(List<LawText> batch) {
        if (batch.isEmpty()) {
            return LoadCounts.NONE;
        }
        List<Map<String, Object>> laws = batch.stream().map(LawStore::parameters).toList();
        // The laws this batch repeals change status too, whichever batch brought them.
        List<String> titles = batch.stream().flatMap(t -> Stream.concat(Stream.of(t.law().shortTitle()),
                LawRepeals.of(t).stream().flatMap(r -> Stream.concat(Stream.of(r), LawRepeals.implementing(r).stream())))).distinct().toList();
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                LoadCounts counts = LoadCounts.NONE;
                Set<String> changed = new TreeSet<>();
                for (Record r : tx.run(UPSERT, Map.of("laws", laws)).list()) {
                    counts = counts.plus(LoadCounts.of(r.get("outcome").asString(), r.get("laws").asInt()));
                    changed.addAll(r.get("changed").asList(Value::asString));
                }
                // A new version or a repeal changes the status of the older ones too: the whole law is re-indexed.
                changed.addAll(linkVersions(tx, titles));
                IndexOutbox.enqueue(tx, IndexOutbox.Kind.LAW, changed);
                return counts;
            });
        }
    }

    /** The references among {@code references} that name no article of a version in force (现行有效). */
    public List<LawReference> unresolved(Collection<LawReference> references) {
        List<LawReference> distinct = references.stream().distinct().toList();
        List<Map<String, Object>> refs = distinct.stream().map(LawReference::parameters).toList();
        Set<Integer> resolved = new HashSet<>();
        driver.executableQuery("""
                        UNWIND range(0, size($refs) - 1) AS i
                        WITH i, $refs[i] AS ref
                        %s
                        RETURN DISTINCT i""".formatted(PROVISION_IN_FORCE))
                .withParameters(Map.of("refs", refs)).execute().records()
                .forEach(r -> resolved.add(r.get("i").asInt()));
        List<LawReference> missing = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            if (!resolved.contains(i)) {
                missing.add(distinct.get(i));
            }
        }
        return missing;
    }

    private static List<String> linkVersions(TransactionContext tx, List<String> titles) {
        Map<String, Object> implemented = new HashMap<>();
        titles.forEach(t -> LawRepeals.implemented(t).ifPresent(law -> implemented.put(t, law)));
        List<String> restated = tx.run(LINK_VERSIONS, Map.of("titles", titles, "implemented", implemented)).single().get("restated")
                .asList(Value::asString);
        for (Record r : tx.run(CONSECUTIVE_VERSIONS, Map.of("titles", titles)).list()) {
            List<Map<String, Object>> pairs = ArticleCorrespondence.between(r.get("olderProvisions").asList(LawReader::provision),
                    r.get("newerProvisions").asList(LawReader::provision)).stream().map(p -> Map.<String, Object>of(
                            "older", p.older().id(), "newer", p.newer().id(), "similarity", p.similarity())).toList();
            tx.run(PAIR_ARTICLES, Map.of("older", r.get("older").asString(), "newer", r.get("newer").asString(), "pairs", pairs)).consume();
        }
        return restated;
    }

    private static Map<String, Object> parameters(LawText text) {
        Law law = text.law();
        Map<String, Object> props = new HashMap<>();
        props.put("id", law.id());
        props.put("title", law.title());
        props.put("shortTitle", law.shortTitle());
        props.put("level", law.level().label());
        props.put("category", law.category());
        props.put("versionDate", law.versionDate());
        props.put("effectiveFrom", law.effectiveFrom());
        props.put("commencementAssumed", law.commencementAssumed());
        props.put("history", law.history());
        props.put("hash", law.hash());
        props.put("repeals", LawRepeals.of(text));
        List<Map<String, Object>> provisions = text.provisions().stream().map(p -> {
            Map<String, Object> m = new HashMap<>();
            m.put("id", p.id());
            m.put("lawId", p.lawId());
            m.put("article", p.article());
            m.put("suffix", p.suffix());
            m.put("label", p.label());
            m.put("chapter", p.chapter());
            m.put("section", p.section());
            m.put("paragraphs", p.paragraphs());
            m.put("text", p.text());
            return m;
        }).toList();
        return Map.of("props", props, "provisions", provisions);
    }
}
