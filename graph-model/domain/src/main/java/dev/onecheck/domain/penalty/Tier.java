package dev.onecheck.domain.penalty;

import java.util.List;

/**
 * One tier of a discretion standard: its circumstances, the condition it needs (null: none), the amount threshold it
 * applies under (null: any), the fine (null for none) and other measures.
 */
public record Tier(TierLevel level, String circumstances, TierCondition condition, Threshold when, Fine fine, List<String> measures) {

    public Tier {
        if (level == null) {
            throw new IllegalArgumentException("a tier needs its level");
        }
        measures = List.copyOf(measures);
        if (level == TierLevel.NO_PENALTY && fine != null) {
            throw new IllegalArgumentException("a 不予处罚 tier cannot carry a fine");
        }
    }
}
