package dev.onecheck.domain.penalty.advice;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** 罚款幅度 in yuan for the facts at hand: min ≤ max, to the fen. */
public record YuanRange(BigDecimal min, BigDecimal max) {

    public YuanRange {
        min = min.setScale(2, RoundingMode.HALF_UP);
        max = max.setScale(2, RoundingMode.HALF_UP);
        if (min.signum() < 0 || min.compareTo(max) > 0) {
            throw new IllegalArgumentException("a range needs 0 ≤ min ≤ max, got " + min + "–" + max);
        }
    }

    /** This range cut at {@code cap} (但最高不超过…元), both ends: a multiple never comes to more; null for no cap. */
    public YuanRange atMost(BigDecimal cap) {
        return cap == null ? this : new YuanRange(min.min(cap), max.min(cap));
    }

    /** 较轻: a lower maximum, or the same maximum and a lower minimum — the heaviest penalty allowed decides first. */
    public boolean lighterThan(YuanRange other) {
        int byMax = max.compareTo(other.max);
        return byMax < 0 || byMax == 0 && min.compareTo(other.min) < 0;
    }

    /** This range placed in {@code to} as it sits in {@code from}: a tier keeps its position in the statutory range. */
    public YuanRange rescaled(YuanRange from, YuanRange to) {
        BigDecimal width = from.max.subtract(from.min);
        if (width.signum() == 0) {
            return to;
        }
        BigDecimal scale = to.max.subtract(to.min).divide(width, 10, RoundingMode.HALF_UP);
        return new YuanRange(to.min.add(min.subtract(from.min).multiply(scale)).max(BigDecimal.ZERO),
                to.min.add(max.subtract(from.min).multiply(scale)).max(BigDecimal.ZERO));
    }

    @Override
    public String toString() {
        return min.stripTrailingZeros().toPlainString() + "–" + max.stripTrailingZeros().toPlainString() + "元";
    }
}
