package dev.onecheck.domain.penalty;

import java.math.BigDecimal;

/**
 * When a tier applies, by an amount in yuan of its {@code basis} (货值金额, 违法所得 …): {@code atLeast} ≤ amount <
 * {@code below}; either bound may be null. 货值金额不足一万元 is {@code below 10000}; 一万元以上 is {@code atLeast 10000}.
 */
public record Threshold(String basis, BigDecimal atLeast, BigDecimal below) {

    public Threshold {
        if (basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("a threshold needs its basis (货值金额, 违法所得 …)");
        }
        if (atLeast == null && below == null) {
            throw new IllegalArgumentException("a threshold needs 'atLeast' or 'below'");
        }
        if (atLeast != null && below != null && atLeast.compareTo(below) >= 0) {
            throw new IllegalArgumentException("threshold atLeast " + atLeast + " is not below " + below);
        }
    }

    public boolean covers(BigDecimal amount) {
        return (atLeast == null || amount.compareTo(atLeast) >= 0) && (below == null || amount.compareTo(below) < 0);
    }
}
