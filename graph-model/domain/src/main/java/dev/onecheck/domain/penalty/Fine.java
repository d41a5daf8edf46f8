package dev.onecheck.domain.penalty;

import java.math.BigDecimal;

/**
 * A fine range: a fixed amount in yuan ({@code FIXED}, min–max), or a multiple of a basis amount ({@code MULTIPLE},
 * e.g. 货值金额十倍以上二十倍以下 = basis 货值金额, min 10, max 20). {@code cap}, for a multiple only, is the most it may come
 * to in yuan (机动车登记规定 第八十一条 "处违法所得三倍以上五倍以下罚款，但最高不超过十万元"); null where the article sets none.
 */
public record Fine(Kind kind, String basis, BigDecimal min, BigDecimal max, BigDecimal cap) {

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
        if (cap != null && (kind != Kind.MULTIPLE || cap.signum() <= 0)) {
            throw new IllegalArgumentException("only a multiple fine has a cap (但最高不超过…元), and it is above 0, got " + cap);
        }
    }

    /** A fine without a cap. */
    public Fine(Kind kind, String basis, BigDecimal min, BigDecimal max) {
        this(kind, basis, min, max, null);
    }

    /** "，但最高不超过十万元" as the article prints its cap; empty where it sets none. */
    public String capClause() {
        return cap == null ? "" : "，但最高不超过" + cap.stripTrailingZeros().toPlainString() + "元";
    }

    /** The same fine with the article's cap on the yuan it may come to. */
    public Fine capped(BigDecimal cap) {
        return new Fine(kind, basis, min, max, cap);
    }
}
