package dev.onecheck.domain.clue;

import java.util.List;

/**
 * The subject a clue is about as far as intake could tell: the resolved credit code (null while an officer must
 * confirm), the confidence of the best candidate, and the candidates with their scores, best first.
 */
public record SubjectMatch(String uscc, double confidence, List<Candidate> candidates) {

    /** A subject the reference may mean, with how well name and address agree (0–1). */
    public record Candidate(String uscc, String name, String address, double score) {
    }

    public SubjectMatch {
        candidates = List.copyOf(candidates);
    }

    /** Whether an officer has to say which subject the clue is about (待确认): nothing is guessed silently. */
    public boolean needsConfirmation() {
        return uscc == null;
    }

    /** An officer's confirmation: certain from now on. */
    public static SubjectMatch confirmed(String uscc, List<Candidate> candidates) {
        return new SubjectMatch(uscc, 1.0, candidates);
    }
}
