package dev.onecheck.domain.supervision;

/** An indicator as the report states it: 分子 over 分母; no ratio when nothing was there to count. */
public record Ratio(long numerator, long denominator) {

    public Ratio {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a ratio needs 0 ≤ numerator ≤ denominator, got " + numerator + "/" + denominator);
        }
    }

    /** Null, not 0 or 1, when the denominator is 0: a department that inspected nothing has no 问题发现率. */
    public Double ratio() {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
