package dev.onecheck.domain.penalty.advice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 案件事实 as an officer finds them; nothing here is assumed for the officer. {@code committedOn} 违法行为发生之日;
 * {@code endedOn} 终了之日 of a continuing act (连续或者继续状态), else null; {@code discoveredOn} 发现之日 (null: not
 * given — the rules ask for it only where the limitation period turns on it); {@code decidedOn} the day of the decision.
 * {@code harm}: 危害后果 as the officer found it (null: not given — no exemption and no two-year bar rests on it).
 * {@code minor}: 违法行为轻微 (第三十三条第一款); {@code refusedCorrection}: 经责令改正拒不改正 (逾期未改正); {@code serious}:
 * 情节严重 as the penalty article means it; {@code noFault}: 有证据足以证明没有主观过错, with {@code purchaseChecked}
 * (履行了进货查验等义务) and {@code sourceDisclosed} (如实说明进货来源) where a law conditions the exemption on them.
 * {@code lifeHealthOrFinance}: the act 涉及公民生命健康安全、金融安全 (第三十六条; null: not given). The party: its type
 * (null: not given), its {@code role} in the act where a rule names one (生产者, 经营者, 广告主 …; null: not given), a
 * natural person's {@code age} at the act and {@code mentalState} (第三十条、第三十一条).
 * {@code reduction}: 从轻 or 减轻 where 第三十二条 leaves the choice (null: not chosen). {@code daysUncorrected}: days
 * a refusal to correct lasted, for 按日连续处罚, and {@code originalFine} the 原处罚数额 it multiplies (the fine decided on
 * the act, in yuan; null: not given). {@code amounts} are in yuan by basis (货值金额 …). {@code uncomputable}:
 * the bases the officer found 无法计算 or 明显偏低 (广告法 第五十五条 "广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的
 * 罚款") — never inferred from a missing amount. Construction rejects what cannot be true, naming the fact.
 */
public record ViolationFacts(LocalDate committedOn, LocalDate endedOn, LocalDate discoveredOn, LocalDate decidedOn,
                             boolean firstOffence, boolean minor, Harm harm, boolean correctedInTime, boolean refusedCorrection,
                             boolean serious, boolean noFault, boolean purchaseChecked, boolean sourceDisclosed,
                             Boolean lifeHealthOrFinance, PartyType partyType, PartyRole role, Integer age, MentalState mentalState,
                             Reduction reduction, Integer daysUncorrected,
                             Map<Basis, BigDecimal> amounts, Set<Mitigation> mitigating, Set<Aggravation> aggravating,
                             Set<Basis> uncomputable, BigDecimal originalFine) {

    /** 已满十四周岁不满十八周岁 (第三十条). */
    static final int CHILD = 14;
    static final int ADULT = 18;

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
        if (discoveredOn != null && (discoveredOn.isBefore(committedOn) || discoveredOn.isAfter(decidedOn))) {
            throw new InvalidFactException("discoveredOn", "(" + discoveredOn + ") must lie between committedOn " + committedOn
                    + " and the decision date " + decidedOn);
        }
        if (correctedInTime && refusedCorrection) {
            throw new InvalidFactException("refusedCorrection", "contradicts correctedInTime: an act corrected in time was not refused");
        }
        if (partyType == PartyType.ORGANIZATION && age != null) {
            throw new InvalidFactException("age", "is a natural person's age, but partyType is ORGANIZATION (法人或者其他组织)");
        }
        if (partyType == PartyType.ORGANIZATION && mentalState != null) {
            throw new InvalidFactException("mentalState", "concerns a natural person (第三十一条), but partyType is ORGANIZATION");
        }
        if (age != null && (age < 0 || age > 150)) {
            throw new InvalidFactException("age", "must be the age in years at the act, got " + age);
        }
        if (daysUncorrected != null && (daysUncorrected < 1 || !refusedCorrection)) {
            throw new InvalidFactException("daysUncorrected", "counts days of a refusal to correct: it needs refusedCorrection and "
                    + "at least 1 day, got " + daysUncorrected);
        }
        if (originalFine != null && (originalFine.signum() <= 0 || !refusedCorrection)) {
            throw new InvalidFactException("originalFine", "is the fine decided on the act that 按日连续处罚 multiplies: it needs "
                    + "refusedCorrection and an amount above 0 yuan, got " + originalFine);
        }
        amounts = amounts == null ? Map.of() : amounts;
        amounts.forEach((basis, yuan) -> {
            if (yuan == null || yuan.signum() < 0) {
                throw new InvalidFactException(basis.fact(), "(" + basis.label() + ") must be an amount of 0 yuan or more, got " + yuan);
            }
        });
        amounts = Map.copyOf(amounts);
        mitigating = mitigating == null ? Set.of() : Set.copyOf(mitigating);
        aggravating = aggravating == null ? Set.of() : Set.copyOf(aggravating);
        uncomputable = uncomputable == null ? Set.of() : Set.copyOf(uncomputable);
    }

    /** The facts without the original fine of 按日连续处罚. */
    public ViolationFacts(LocalDate committedOn, LocalDate endedOn, LocalDate discoveredOn, LocalDate decidedOn,
                          boolean firstOffence, boolean minor, Harm harm, boolean correctedInTime, boolean refusedCorrection,
                          boolean serious, boolean noFault, boolean purchaseChecked, boolean sourceDisclosed,
                          Boolean lifeHealthOrFinance, PartyType partyType, PartyRole role, Integer age, MentalState mentalState,
                          Reduction reduction, Integer daysUncorrected,
                          Map<Basis, BigDecimal> amounts, Set<Mitigation> mitigating, Set<Aggravation> aggravating,
                          Set<Basis> uncomputable) {
        this(committedOn, endedOn, discoveredOn, decidedOn, firstOffence, minor, harm, correctedInTime, refusedCorrection, serious, noFault,
                purchaseChecked, sourceDisclosed, lifeHealthOrFinance, partyType, role, age, mentalState, reduction, daysUncorrected, amounts,
                mitigating, aggravating, uncomputable, null);
    }

    /** The facts without an amount found uncomputable or obviously low. */
    public ViolationFacts(LocalDate committedOn, LocalDate endedOn, LocalDate discoveredOn, LocalDate decidedOn,
                          boolean firstOffence, boolean minor, Harm harm, boolean correctedInTime, boolean refusedCorrection,
                          boolean serious, boolean noFault, boolean purchaseChecked, boolean sourceDisclosed,
                          Boolean lifeHealthOrFinance, PartyType partyType, PartyRole role, Integer age, MentalState mentalState,
                          Reduction reduction, Integer daysUncorrected,
                          Map<Basis, BigDecimal> amounts, Set<Mitigation> mitigating, Set<Aggravation> aggravating) {
        this(committedOn, endedOn, discoveredOn, decidedOn, firstOffence, minor, harm, correctedInTime, refusedCorrection, serious, noFault,
                purchaseChecked, sourceDisclosed, lifeHealthOrFinance, partyType, role, age, mentalState, reduction, daysUncorrected, amounts,
                mitigating, aggravating, Set.of());
    }

    /** The facts without the party's role. */
    public ViolationFacts(LocalDate committedOn, LocalDate endedOn, LocalDate discoveredOn, LocalDate decidedOn,
                          boolean firstOffence, boolean minor, Harm harm, boolean correctedInTime, boolean refusedCorrection,
                          boolean serious, boolean noFault, boolean purchaseChecked, boolean sourceDisclosed,
                          Boolean lifeHealthOrFinance, PartyType partyType, Integer age, MentalState mentalState,
                          Reduction reduction, Integer daysUncorrected,
                          Map<Basis, BigDecimal> amounts, Set<Mitigation> mitigating, Set<Aggravation> aggravating) {
        this(committedOn, endedOn, discoveredOn, decidedOn, firstOffence, minor, harm, correctedInTime, refusedCorrection, serious, noFault,
                purchaseChecked, sourceDisclosed, lifeHealthOrFinance, partyType, null, age, mentalState, reduction, daysUncorrected, amounts,
                mitigating, aggravating);
    }

    /** The facts of an act whose party, 轻微, 36 and 33(2) specifics are not given (the fines parser needs no more). */
    public ViolationFacts(LocalDate committedOn, LocalDate endedOn, LocalDate discoveredOn, LocalDate decidedOn, boolean firstOffence,
                          Harm harm, boolean correctedInTime, boolean refusedCorrection, boolean serious, boolean noFault,
                          Map<Basis, BigDecimal> amounts, Set<Mitigation> mitigating, Set<Aggravation> aggravating) {
        this(committedOn, endedOn, discoveredOn, decidedOn, firstOffence, false, harm, correctedInTime, refusedCorrection, serious, noFault,
                false, false, null, null, null, null, null, null, null, amounts, mitigating, aggravating);
    }

    /** The day the act ended: the limitation period and the law that applies run from it. */
    public LocalDate actEndedOn() {
        return endedOn == null ? committedOn : endedOn;
    }

    /** 已满十四周岁不满十八周岁的未成年人 (第三十条: 应当从轻或者减轻). */
    boolean minorAged() {
        return age != null && age >= CHILD && age < ADULT;
    }

    public Optional<BigDecimal> amount(Basis basis) {
        return Optional.ofNullable(amounts.get(basis));
    }

    /** Whether the officer found the {@code basis} amount 无法计算 or 明显偏低. */
    public boolean uncomputable(Basis basis) {
        return uncomputable.contains(basis);
    }

    /** The amount a fine or threshold needs; its absence is the caller's error, naming the fact. */
    public BigDecimal required(Basis basis, String why) {
        return amount(basis).orElseThrow(() -> new InvalidFactException(basis.fact(), "(" + basis.label() + ") is needed: " + why));
    }
}
