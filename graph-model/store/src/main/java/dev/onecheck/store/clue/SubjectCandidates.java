package dev.onecheck.store.clue;

import java.util.List;
import java.util.Map;

import dev.onecheck.domain.clue.SubjectReference;
import dev.onecheck.domain.clue.SubjectResolver;
import org.neo4j.driver.TransactionContext;

/**
 * The subjects a clue's reference may mean: the one with its credit code, then those whose name shares most pairs
 * of characters with the name given (without 有限公司, 市, 区 …, which every name shares) — the resolver then scores
 * them. Reads at most {@link #LIMIT}; it looks at every subject's name, which a city of 10,000 firms answers in
 * milliseconds and a province would need a full-text index for.
 */
final class SubjectCandidates {

    static final int LIMIT = 200;

    private SubjectCandidates() {
    }

    static List<SubjectResolver.Known> near(TransactionContext tx, SubjectReference reference) {
        List<String> grams = reference.name() == null ? List.of() : List.copyOf(SubjectResolver.nameBigrams(reference.name()));
        return tx.run("""
                MATCH (s:Subject)
                WITH s, size([gram IN $grams WHERE s.name CONTAINS gram]) AS shared
                WHERE s.uscc = $uscc OR shared > 0
                RETURN s.uscc AS uscc, s.name AS name, s.address AS address
                ORDER BY s.uscc = $uscc DESC, shared DESC, uscc
                LIMIT $limit""", Map.of("uscc", String.valueOf(reference.uscc()), "grams", grams, "limit", LIMIT))
                .list(r -> new SubjectResolver.Known(r.get("uscc").asString(), r.get("name").asString(), r.get("address").asString(null)));
    }
}
