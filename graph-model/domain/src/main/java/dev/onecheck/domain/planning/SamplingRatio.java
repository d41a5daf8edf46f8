package dev.onecheck.domain.planning;

import dev.onecheck.domain.subject.RiskLevel;

/**
 * 抽查比例 for one risk tier, in basis points (1 % = 100) so that the sample size is exact integer arithmetic:
 * a replay on any machine draws the same number of firms.
 */
public record SamplingRatio(RiskLevel risk, int basisPoints) {

    public static final int ALL = 10_000;

    public static SamplingRatio percent(RiskLevel risk, double percent) {
        return new SamplingRatio(risk, (int) Math.round(percent * 100));
    }

    public boolean valid() {
        return risk != null && basisPoints > 0 && basisPoints <= ALL;
    }

    /** How many of {@code candidates} firms to draw: the ratio rounded up, so a non-empty tier is never skipped. */
    public int sampleSize(int candidates) {
        return (int) ((candidates * (long) basisPoints + ALL - 1) / ALL);
    }

    public double percent() {
        return basisPoints / 100.0;
    }
}
