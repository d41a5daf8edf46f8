package dev.onecheck.domain.penalty.advice;

import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.Threshold;

/**
 * One fine a penalty article prescribes (法定罚款幅度): the range, the amount threshold it applies under (null for
 * any amount) and the circumstance it needs beyond the act itself (情节严重的, 逾期未改正的; null for the ordinary
 * range).
 */
public record StatutoryFine(Threshold when, Fine fine, String condition) {

    public StatutoryFine {
        if (fine == null) {
            throw new IllegalArgumentException("a statutory fine needs its range");
        }
    }

    public boolean ordinary() {
        return condition == null;
    }
}
