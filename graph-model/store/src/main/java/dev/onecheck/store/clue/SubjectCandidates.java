package dev.onecheck.store.clue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.onecheck.domain.clue.SubjectReference;
import dev.onecheck.domain.clue.SubjectResolver;
import org.neo4j.driver.TransactionContext;

/**
 * The subjects a clue's reference may mean: the one with its credit code, and those whose name shares a pair of
 * characters with the name given — the resolver then scores them. Reads at most {@link #LIMIT}.
 */
final class SubjectCandidates {

    static final int LIMIT = 500;

    private SubjectCandidates() {
    }

    static List<SubjectResolver.Known> near(TransactionContext tx, SubjectReference reference) {
        return tx.run("""
                MATCH (s:Subject)
                WHERE s.uscc = $uscc OR any(gram IN $grams WHERE s.name CONTAINS gram)
                RETURN s.uscc AS uscc, s.name AS name, s.address AS address
                LIMIT $limit""", Map.of("uscc", String.valueOf(reference.uscc()), "grams", grams(reference.name()), "limit", LIMIT))
                .list(r -> new SubjectResolver.Known(r.get("uscc").asString(), r.get("name").asString(), r.get("address").asString(null)));
    }

    /** The character pairs of a name; none for no name. */
    private static List<String> grams(String name) {
        if (name == null) {
            return List.of();
        }
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= name.length(); i++) {
            grams.add(name.substring(i, i + 2));
        }
        return List.copyOf(grams);
    }
}
