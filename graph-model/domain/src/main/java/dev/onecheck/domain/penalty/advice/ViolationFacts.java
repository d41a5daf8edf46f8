package dev.onecheck.domain.penalty.advice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 案件事实 as an officer finds them. {@code committedOn} 违法行为发生之日; {@code endedOn} 终了之日 of a continuing act
 * (连续或者继续状态), else null; {@code discoveredOn} 发现之日 (defaults to {@code decidedOn}); {@code decidedOn} the
 * day of the decision. {@code refusedCorrection}: 经责令改正拒不改正 (逾期未改正); {@code serious}: 情节严重 as the penalty
 * article means it. {@code amounts} are in yuan by basis (货值金额 …). Construction rejects what cannot be true,
 * naming the fact.
 */
public record ViolationFacts(LocalDate committedOn, LocalDate endedOn, LocalDate discoveredOn, LocalDate decidedOn,
                             boolean firstOffence, Harm harm, boolean correctedInTime, boolean refusedCorrection, boolean serious,
                             boolean noFault,
                             Map<Basis, BigDecimal> amounts, Set<Mitigation> mitigating, Set<Aggravation> aggravating) {

    public ViolationFacts {
        if (committedOn == null) {
            throw new InvalidFactException("committedOn", "is required");
        }
        if (decidedOn == null) {
            throw new InvalidFactException("decidedOn", "is required");
        }
        if (committedOn.isAfter(decidedOn)) {
            throw new InvalidFactException("committedOn", "(" + committedOn + ") is after the decision date " + decidedOn);
        }
        if (endedOn != null && (endedOn.isBefore(committedOn) || endedOn.isAfter(decidedOn))) {
            throw new InvalidFactException("endedOn", "(" + endedOn + ") must lie between committedOn " + committedOn
                    + " and the decision date " + decidedOn);
        }
        discoveredOn = discoveredOn == null ? decidedOn : discoveredOn;
        if (discoveredOn.isBefore(committedOn) || discoveredOn.isAfter(decidedOn)) {
            throw new InvalidFactException("discoveredOn", "(" + discoveredOn + ") must lie between committedOn " + committedOn
                    + " and the decision date " + decidedOn);
        }
        if (correctedInTime && refusedCorrection) {
            throw new InvalidFactException("refusedCorrection", "contradicts correctedInTime: an act corrected in time was not refused");
        }
        harm = harm == null ? Harm.NONE : harm;
        amounts = amounts == null ? Map.of() : amounts;
        amounts.forEach((basis, yuan) -> {
            if (yuan == null || yuan.signum() < 0) {
                throw new InvalidFactException(basis.fact(), "(" + basis.label() + ") must be an amount of 0 yuan or more, got " + yuan);
            }
        });
        amounts = Map.copyOf(amounts);
        mitigating = mitigating == null ? Set.of() : Set.copyOf(mitigating);
        aggravating = aggravating == null ? Set.of() : Set.copyOf(aggravating);
    }

    /** The day the act ended: the limitation period and the law that applies run from it. */
    public LocalDate actEndedOn() {
        return endedOn == null ? committedOn : endedOn;
    }

    public Optional<BigDecimal> amount(Basis basis) {
        return Optional.ofNullable(amounts.get(basis));
    }

    /** The amount a fine or threshold needs; its absence is the caller's error, naming the fact. */
    public BigDecimal required(Basis basis, String why) {
        return amount(basis).orElseThrow(() -> new InvalidFactException(basis.fact(), "(" + basis.label() + ") is needed: " + why));
    }
}
