package dev.onecheck.domain.penalty;

import java.math.BigDecimal;

/**
 * A fine range: a fixed amount in yuan ({@code FIXED}, min–max), or a multiple of a basis amount ({@code MULTIPLE},
 * e.g. 货值金额十倍以上二十倍以下 = basis 货值金额, min 10, max 20).
 */
public record Fine(Kind kind, String basis, BigDecimal min, BigDecimal max) {

    public enum Kind {
        FIXED, MULTIPLE
    }

    public Fine {
        if (kind == null) {
            throw new IllegalArgumentException("a fine needs its kind (fixed or multiple)");
        }
        if (kind == Kind.MULTIPLE && (basis == null || basis.isBlank())) {
            throw new IllegalArgumentException("a multiple fine needs its basis (货值金额, 违法所得 …)");
        }
        if (min == null || max == null || min.signum() < 0 || min.compareTo(max) > 0) {
            throw new IllegalArgumentException("fine range must satisfy 0 ≤ min ≤ max, got " + min + "–" + max);
        }
    }
}
