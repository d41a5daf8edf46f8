package dev.onecheck.domain.clue;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * 多源线索归并: clues about the same subject from another source or another department, received within the window
 * of each other, point at one problem seen from several sides; they are inspected together (一次联合检查). The
 * same work order received twice is not a second clue (the key folds it), and a second call about the same thing to
 * the same department through the same channel is not a second side either.
 */
public final class ClueAggregation {

    /** What aggregation needs of a clue. */
    public record Seen(String id, String uscc, ClueSource source, String department, java.time.OffsetDateTime receivedAt) {
    }

    private final Duration window;

    public ClueAggregation(Duration window) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the aggregation window must be positive, got " + window);
        }
        this.window = window;
    }

    /** The clues among {@code others} that {@code clue} is inspected together with, in the order given. */
    public List<Seen> relatedTo(Seen clue, Collection<Seen> others) {
        if (clue.uscc() == null) {
            return List.of();
        }
        return others.stream()
                .filter(o -> !o.id().equals(clue.id()) && clue.uscc().equals(o.uscc()))
                .filter(o -> o.source() != clue.source() || !o.department().equals(clue.department()))
                .filter(o -> Duration.between(o.receivedAt(), clue.receivedAt()).abs().compareTo(window) <= 0)
                .toList();
    }
}
