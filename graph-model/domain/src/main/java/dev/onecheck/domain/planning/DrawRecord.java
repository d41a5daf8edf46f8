package dev.onecheck.domain.planning;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import dev.onecheck.domain.planning.DoubleRandomDraw.Drawn;

/**
 * A plan's draw as stored: the published commitment (seed hash, input fingerprint), the frozen input, the firms a
 * cap excluded and why, and — once drawn — the revealed seed and the firms and officers drawn. {@code seed} is
 * null to every reader until the draw is made.
 */
public record DrawRecord(String plan, String seedHash, String fingerprint, OffsetDateTime committedAt, String seed,
                         OffsetDateTime drawnAt, DoubleRandomDraw.Input input, List<Exclusion> excluded, List<Drawn> drawn) {

    /** A firm in scope that a cap kept out of the candidate list. */
    public record Exclusion(String uscc, String reason) {
    }

    /** What replaying a draw from its published seed and input shows. */
    public record Replay(boolean seedMatchesCommitment, boolean inputMatchesFingerprint, List<Drawn> drawn, boolean matchesRecord) {
    }

    /** Recomputes the draw from the revealed seed and frozen input and compares it with what was recorded. */
    public Optional<Replay> replay() {
        if (seed == null) {
            return Optional.empty();
        }
        List<Drawn> again = DoubleRandomDraw.draw(seed, input);
        return Optional.of(new Replay(DoubleRandomDraw.commitment(seed).equals(seedHash), input.fingerprint().equals(fingerprint),
                again, again.equals(drawn)));
    }
}
