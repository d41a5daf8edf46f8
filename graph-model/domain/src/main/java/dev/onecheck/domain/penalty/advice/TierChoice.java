package dev.onecheck.domain.penalty.advice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.onecheck.domain.penalty.DiscretionStandard;
import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.Threshold;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.TierCondition;
import dev.onecheck.domain.penalty.TierLevel;
import dev.onecheck.domain.penalty.advice.StatutoryFine.Circumstance;
import dev.onecheck.domain.penalty.derive.ViolationDeriver;

/**
 * The tier of a 裁量基准 the facts land in. First the level the circumstances call for ({@link #wanted}): 第三十二条
 * (and 第三十条) say 应当从轻或者减轻 — the authority chooses, so the officer's choice or 从轻 with 减轻 beside it, never
 * cancelled by an aggravating circumstance; 第三十一条 and laws such as 产品质量法 第五十五条 say 可以; 从重 with
 * aggravating circumstances alone. Then ({@link #of}) the conditions the penalty article sets (情节严重 before 拒不改正;
 * the warning-only tier until an order to correct was refused), the nearest level the standard has, the amount
 * threshold met, and, where a level offers a multiple of an amount and a fixed fine for when that amount cannot be
 * computed, the one the facts allow.
 */
final class TierChoice {

    /** 广告费用无法计算或者明显偏低的: a fixed fine for an amount the officer finds cannot be established or is too low. */
    private static final java.util.regex.Pattern UNCOMPUTABLE = java.util.regex.Pattern.compile("无法计算|难以|不能|偏低");
    private static final BigDecimal FEN = new BigDecimal("0.01");

    private TierChoice() {
    }

    /** The level to advise and the other levels the law leaves open, in order. */
    record Wanted(TierLevel level, List<TierLevel> alternatives) {
    }

    /**
     * {@code mustReduce}: the circumstances in which the law says 应当从轻或者减轻; {@code mayReduce}: those in which it
     * says 可以从轻或者减轻; {@code penaltyText} the penalty paragraph, whose own consequence of a refusal is not counted twice.
     */
    static Wanted wanted(DiscretionStandard standard, ViolationFacts facts, List<String> mustReduce, List<String> mayReduce, String penaltyText,
                         AdviceDraft draft) {
        List<String> aggravating = aggravating(standard, facts, penaltyText);
        String heavier = aggravating.isEmpty() ? "" : "；从重情节（" + String.join("、", aggravating) + "）与之并存，法定的从轻或者减轻不因此抵消，"
                + "在所选阶次内酌情确定";
        Reduction chosen = facts.reduction();
        Wanted wanted;
        String finding;
        if (!mustReduce.isEmpty()) {
            Reduction r = chosen == null ? Reduction.LIGHTER : chosen;
            wanted = new Wanted(r.level(), List.of(r.other().level()));
            finding = "有应当从轻或者减轻处罚的情形（" + String.join("、", mustReduce) + "）；从轻或者减轻由行政机关选择，"
                    + (chosen == null ? "未选择，按从轻处罚给出" : "选择" + r.level().label()) + "，" + r.other().level().label() + "的阶次和幅度另列"
                    + heavier;
        } else if (!mayReduce.isEmpty()) {
            TierLevel base = aggravating.isEmpty() ? TierLevel.ORDINARY : TierLevel.HEAVIER;
            wanted = chosen == null ? new Wanted(base, List.of(TierLevel.LIGHTER, TierLevel.MITIGATED))
                    : new Wanted(chosen.level(), List.of(chosen.other().level(), base));
            finding = "有可以从轻或者减轻处罚的情形（" + String.join("、", mayReduce) + "）；"
                    + (chosen == null ? "未选择从轻或者减轻，按" + base.label() + "给出，从轻、减轻处罚的阶次和幅度另列"
                            : "选择" + chosen.level().label() + "，其他阶次和幅度另列") + heavier;
        } else if (chosen == Reduction.MITIGATED) {
            throw new InvalidFactException("reduction", "MITIGATED (减轻处罚) needs a ground in law — a circumstance of 第三十二条 "
                    + "(mitigating), an age of 14 to 17 (第三十条), mentalState IMPAIRED (第三十一条) or a law's own 从轻或者减轻; none is given");
        } else if (chosen == Reduction.LIGHTER) {
            wanted = new Wanted(TierLevel.LIGHTER, List.of());
            finding = "依裁量基准所列从轻情形选择从轻处罚" + heavier;
        } else if (!aggravating.isEmpty()) {
            wanted = new Wanted(TierLevel.HEAVIER, List.of());
            finding = "有从重情节（" + String.join("、", aggravating) + "），从重处罚";
        } else {
            wanted = new Wanted(TierLevel.ORDINARY, List.of());
            finding = "无从轻、减轻、从重情节，按一般阶次处罚";
        }
        draft.step("裁量阶次", PenaltyAdvisor.MITIGATION, finding);
        return wanted;
    }

    /** The tier of level {@code wanted} (or the nearest) the facts meet; empty when every tier needs a condition not met. */
    static Optional<Tier> of(DiscretionStandard standard, ViolationFacts facts, TierLevel wanted, AdviceDraft draft) {
        List<Tier> eligible = eligible(standard, facts);
        // A multiple of an amount of 0 is no choice where another tier fines (a multiple of nothing is no fine).
        if (eligible.stream().anyMatch(t -> !multipleOfNothing(t, facts))) {
            eligible = eligible.stream().filter(t -> !multipleOfNothing(t, facts)).toList();
        }
        if (eligible.isEmpty()) {
            eligible = inTheGap(standard, facts, draft);
        }
        if (eligible.isEmpty()) {
            String conditions = conditions(standard);
            Optional<String> missed = missedThreshold(standard, facts);
            // Tiers only for circumstances the officer must find: the fine is offered apart ("若认定…则"), not applied here.
            draft.step("适用情形", 0, missed.map(m -> "基准的处罚阶次均以" + m + "为条件，本案不具备，只责令改正")
                    .orElse(conditions.isEmpty() ? "基准的处罚阶次均以须由执法人员认定的情形为条件，案件事实未载明，本案只责令改正，另列备选"
                            : "基准的处罚阶次均以" + conditions + "为条件，本案不具备，只责令改正"));
            return Optional.empty();
        }
        int top = eligible.stream().mapToInt(t -> priority(t.condition())).max().orElseThrow();
        if (top > 0) {
            eligible = eligible.stream().filter(t -> priority(t.condition()) == top).toList();
            draft.step("适用情形", 0, eligible.getFirst().condition().label() + "：适用基准中以此为条件的阶次");
        }
        List<TierLevel> levels = eligible.stream().map(Tier::level).distinct().toList();
        TierLevel level = levels.stream().min(Comparator.comparingInt(l -> distance(wanted, l))).orElseThrow();
        if (level != wanted) {
            boolean reduced = wanted == TierLevel.LIGHTER || wanted == TierLevel.MITIGATED;
            draft.step("裁量阶次", 0, "可适用的阶次中没有" + wanted.label() + "，就近适用" + level.label()
                    + (reduced ? "；从轻或者减轻是法定的，罚款须在该阶次幅度内从低确定并说明理由" : ""));
        }
        Tier tier = byAmounts(standard, eligible.stream().filter(t -> t.level() == level).toList(), facts, draft);
        return multipleOfNothing(tier, facts) ? withoutFine(tier, facts, draft) : Optional.of(tier);
    }

    /**
     * The tiers whose condition the facts meet. A tier for an amount the facts do not have is no choice (JG-003:
     * 没有违法所得，情节较重的 is not for an income of 10,000 yuan).
     */
    static List<Tier> eligible(DiscretionStandard standard, ViolationFacts facts) {
        return standard.tiers().stream().filter(t -> t.level() != TierLevel.NO_PENALTY && met(t.condition(), facts)
                && (t.when() == null || Basis.known(t.when().basis()).flatMap(facts::amount).map(a -> t.when().covers(a)).orElse(true))).toList();
    }

    /**
     * A tier whose fine is a multiple of an amount of 0 (货值金额 0, 造成损失金额 0) and no other tier fines: a multiple of
     * nothing is no fine, never a fine of 0–0 yuan. The tier's other penalties remain (没收…, 警告); without any, the act
     * is only ordered to be corrected.
     */
    private static Optional<Tier> withoutFine(Tier tier, ViolationFacts facts, AdviceDraft draft) {
        Basis basis = multipleOf(tier).orElseThrow();
        boolean income = facts.amount(Basis.ILLEGAL_INCOME).filter(a -> a.signum() > 0).isPresent();
        // 没收违法所得 waits for an income (第二十八条第二款), whatever the tier lists
        List<String> penalties = tier.measures().stream().filter(ViolationDeriver::isPenalty)
                .filter(m -> income || !m.contains(RequiredMeasures.CONFISCATE_INCOME)).toList();
        String finding = basis.label() + "为0元，其倍数的罚款无从计算，不处罚款";
        if (penalties.isEmpty()) {
            draft.step("罚款幅度", 0, finding + "；阶次未列其他处罚，本案只责令改正");
            return Optional.empty();
        }
        draft.step("罚款幅度", 0, finding + "，给予" + String.join("、", penalties));
        return Optional.of(new Tier(tier.level(), tier.circumstances(), tier.condition(), tier.when(), null, tier.measures()));
    }

    /**
     * An amount the text leaves between its bands: "违法所得超过10万元的，并处违法所得1倍以上2倍以下的罚款；没有违法所得或者违法所得
     * 不足10万元的，处5万元以上10万元以下的罚款" (危险废物经营许可证管理办法 第二十三条) says nothing of exactly 10万元, since
     * neither 超过 nor 不足 includes the amount itself. That is no ground to 只责令改正: the tiers of the lower band (不足…) are
     * taken, as the reading less severe for the party, and a step says so, names the other band and asks the officer to
     * check the local standard. Empty where the amount falls in no such gap.
     */
    private static List<Tier> inTheGap(DiscretionStandard standard, ViolationFacts facts, AdviceDraft draft) {
        for (Tier below : standard.tiers()) {
            Threshold lower = below.when();
            if (lower == null || lower.below() == null || below.level() == TierLevel.NO_PENALTY || !met(below.condition(), facts)) {
                continue;
            }
            Optional<BigDecimal> amount = Basis.known(lower.basis()).flatMap(facts::amount).filter(a -> a.compareTo(lower.below()) == 0);
            Optional<Tier> above = amount.flatMap(a -> standard.tiers().stream().filter(t -> t.when() != null && t.when().basis().equals(lower.basis())
                    && t.when().atLeast() != null && t.when().atLeast().compareTo(a.add(FEN)) == 0 && met(t.condition(), facts)).findFirst());
            if (above.isPresent()) {
                String x = lower.below().stripTrailingZeros().toPlainString() + "元";
                draft.step("适用情形", 0, "条文以“" + lower.basis() + "超过" + x + "”和“不足" + x + "”分档，本案" + lower.basis() + "恰为" + x
                        + "，条文对此未作规定（“超过”“不足”均不含本数）；按对当事人较轻的“不足" + x + "”一档给出，另一档为“" + band(above.get())
                        + "”；请核对本地裁量基准或者请示后确定");
                // the band taken reaches the amount in the gap, so that the amounts choose it as they choose any band
                Threshold reaching = new Threshold(lower.basis(), lower.atLeast(), lower.below().add(FEN));
                return standard.tiers().stream().filter(t -> lower.equals(t.when()) && t.level() != TierLevel.NO_PENALTY && met(t.condition(), facts))
                        .map(t -> new Tier(t.level(), t.circumstances(), t.condition(), reaching, t.fine(), t.measures())).toList();
            }
        }
        return List.of();
    }

    /** "违法所得超过10万元的（法定违法所得1倍以上2倍以下）": a band as the general rules name its tiers, or the tier's own words. */
    private static String band(Tier tier) {
        String c = tier.circumstances();
        int condition = c.indexOf('：');
        int statutory = c.indexOf("（法定");
        int end = statutory < 0 ? -1 : c.indexOf('，', statutory);
        return condition < 0 || end < 0 ? c : c.substring(0, condition) + c.substring(statutory, end) + "）";
    }

    /** The amount thresholds of the standard's tiers the facts' amounts miss (造成损失金额大于0元), as a condition to name. */
    private static Optional<String> missedThreshold(DiscretionStandard standard, ViolationFacts facts) {
        List<String> missed = standard.tiers().stream().map(Tier::when).filter(w -> w != null).distinct()
                .filter(w -> Basis.known(w.basis()).flatMap(facts::amount).filter(a -> !w.covers(a)).isPresent())
                .map(w -> "“" + w.basis() + describe(w) + "”").distinct().toList();
        return missed.isEmpty() ? Optional.empty() : Optional.of(String.join("或", missed));
    }

    private static String describe(Threshold threshold) {
        if (threshold.below() == null && threshold.atLeast().compareTo(new BigDecimal("0.01")) == 0) {
            return "大于0元";
        }
        return (threshold.atLeast() == null ? "" : threshold.atLeast().stripTrailingZeros().toPlainString() + "元以上")
                + (threshold.below() == null ? "" : "不足" + threshold.below().stripTrailingZeros().toPlainString() + "元");
    }

    /**
     * Whether a tier punishes (a fine or a 警告) without a refused order or 情节严重: the article punishes at once, so an
     * entry that only orders correction cannot exempt a corrected act.
     */
    static boolean punishesAtOnce(DiscretionStandard standard) {
        return standard.tiers().stream().anyMatch(t -> t.level() != TierLevel.NO_PENALTY
                && (t.condition() == null || t.condition() == TierCondition.BEFORE_ORDER)
                && (t.fine() != null || t.measures().contains("警告")));
    }

    private static boolean multipleOfNothing(Tier tier, ViolationFacts facts) {
        return multipleOf(tier).flatMap(facts::amount).filter(a -> a.signum() == 0).isPresent();
    }

    /** Whether the standard has a tier made for {@code condition}; without one, the condition aggravates. */
    static boolean noTierFor(DiscretionStandard standard, TierCondition condition) {
        return standard.tiers().stream().noneMatch(t -> t.condition() == condition);
    }

    private static boolean met(TierCondition condition, ViolationFacts facts) {
        return condition == null || switch (condition) {
            case BEFORE_ORDER -> !facts.refusedCorrection();
            case REFUSED_CORRECTION -> facts.refusedCorrection();
            case SERIOUS -> facts.serious();
            case REFUSED_OR_SERIOUS -> facts.refusedCorrection() || facts.serious();
            // no fact states it: offered as an alternative (PenaltyAdvisor), never chosen
            case OFFICER_JUDGEMENT -> false;
        };
    }

    /** A tier made for a condition met beats one without: 情节严重 first, then 拒不改正. */
    private static int priority(TierCondition condition) {
        return condition == TierCondition.SERIOUS ? 2
                : condition == TierCondition.REFUSED_CORRECTION || condition == TierCondition.REFUSED_OR_SERIOUS ? 1 : 0;
    }

    private static String conditions(DiscretionStandard standard) {
        return standard.tiers().stream().map(Tier::condition).filter(c -> c != null && c != TierCondition.OFFICER_JUDGEMENT).distinct()
                .map(c -> "“" + c.label() + "”")
                .collect(Collectors.joining("或"));
    }

    /**
     * The aggravating circumstances, with 拒不改正 and 情节严重 among them where no tier is made for them — and 拒不改正
     * not where the article sets its own consequence ("责令改正，处1万元以上5万元以下的罚款；拒不改正的，责令停业整顿1个月至3个月",
     * 旅行社条例 第五十六条): the refusal is answered by the 停业整顿, and a 从重 fine for it too would weigh the same fact twice.
     */
    private static List<String> aggravating(DiscretionStandard standard, ViolationFacts facts, String penaltyText) {
        List<String> labels = new ArrayList<>(facts.aggravating().stream().sorted().map(Aggravation::label).toList());
        boolean eitherTier = !noTierFor(standard, TierCondition.REFUSED_OR_SERIOUS);
        boolean refusalAnswered = ViolationDeriver.conditionalMeasures(penaltyText).stream().anyMatch(c -> c.circumstance() == Circumstance.REFUSED);
        if (facts.refusedCorrection() && noTierFor(standard, TierCondition.REFUSED_CORRECTION) && !eitherTier && !refusalAnswered) {
            labels.add(TierCondition.REFUSED_CORRECTION.label());
        }
        if (facts.serious() && noTierFor(standard, TierCondition.SERIOUS) && !eitherTier) {
            labels.add(TierCondition.SERIOUS.label());
        }
        return labels;
    }

    /** Steps from {@code wanted} to {@code level}: towards 一般 first, away from it only past everything else. */
    private static int distance(TierLevel wanted, TierLevel level) {
        int steps = level.ordinal() - wanted.ordinal();
        int towards = Integer.signum(TierLevel.ORDINARY.ordinal() - wanted.ordinal());
        return steps == 0 || Integer.signum(steps) == towards ? Math.abs(steps) : 10 + Math.abs(steps);
    }

    /** Among the tiers of one level: the threshold the amounts meet, then a multiple the facts can compute over a fixed fine. */
    private static Tier byAmounts(DiscretionStandard standard, List<Tier> tiers, ViolationFacts facts, AdviceDraft draft) {
        List<Tier> covering = new ArrayList<>();
        for (Tier t : tiers) {
            if (t.when() == null) {
                covering.add(t);
                continue;
            }
            String why = standard.title() + "的" + t.level().label() + "阶次按" + t.when().basis() + "区分";
            BigDecimal amount = facts.required(Basis.required(t.when().basis(), why), why);
            if (t.when().covers(amount)) {
                covering.add(t);
            }
        }
        if (covering.isEmpty()) {
            throw new IllegalStateException(standard.code() + ": no " + tiers.getFirst().level().label() + " tier covers " + facts.amounts());
        }
        Optional<Tier> standIn = standIn(covering);
        if (standIn.isPresent()) {
            Threshold under = standIn.get().when();
            draft.step("裁量基准", 0, under.basis() + "为" + facts.amount(Basis.required(under.basis(), "")).orElseThrow().stripTrailingZeros()
                    .toPlainString() + "元，不足" + under.below().stripTrailingZeros().toPlainString() + "元，适用条文为此规定的固定幅度，不按其倍数处罚");
            return standIn.get();
        }
        Optional<Tier> multiple = covering.stream().filter(t -> multipleOf(t).filter(b -> StatutoryFines.multipliable(facts, b).isPresent()).isPresent()).findFirst();
        Optional<Tier> other = covering.stream().filter(t -> multipleOf(t).isEmpty()).findFirst();
        Optional<Basis> missing = covering.stream().map(TierChoice::multipleOf).flatMap(Optional::stream)
                .filter(b -> StatutoryFines.multipliable(facts, b).isEmpty()).findFirst();
        if (multiple.isEmpty() && other.isPresent() && missing.isPresent()) {
            Basis basis = missing.get();
            boolean forUncomputable = UNCOMPUTABLE.matcher(other.get().circumstances()).find();
            boolean found = facts.uncomputable(basis) && forUncomputable;
            if (!found && facts.amount(basis).isEmpty()) {
                // Neither 0 nor 无法计算/明显偏低 is what a missing amount means: 没有违法所得 is an amount of 0, and 广告费用
                // 无法计算或者明显偏低 is the officer's finding; a multiple of an amount not given may be far from the fixed fine.
                Tier times = covering.stream().filter(t -> multipleOf(t).equals(Optional.of(basis))).findFirst().orElseThrow();
                throw new InvalidFactException(basis.fact(), "(" + basis.label() + ") is needed: the " + times.level().label() + " tier is "
                        + times.fine().min().stripTrailingZeros().toPlainString() + "–" + times.fine().max().stripTrailingZeros().toPlainString()
                        + " times it (" + times.circumstances() + "); " + (forUncomputable ? "if it cannot be computed or is obviously low "
                        + "(无法计算或者明显偏低), say so with uncomputableAmounts: [" + basis.name() + "]" : "give 0 if there is none")
                        + " — the fine is then " + fixedRange(other.get()) + " (" + other.get().circumstances() + ")");
            }
            draft.step("裁量基准", 0, (found ? "执法人员认定" + basis.label() + "无法计算或者明显偏低" : basis.label() + "为零")
                    + "，适用条文为此规定的固定幅度");
        }
        return multiple.or(() -> other).orElse(covering.getFirst());
    }

    /**
     * A fixed fine for an amount below a threshold, where a multiple of that amount is also among the tiers: 证券投资基金法
     * 第一百三十六条 "并处违法所得一倍以上五倍以下罚款；没有违法所得或者违法所得不足三十万元的，并处十万元以上三十万元以下罚款" — the
     * fixed range stands in for the multiple when the amount is nil or under the threshold (a multiple of 100,000 yuan
     * would go above the 300,000 the article sets for it).
     */
    static Optional<Tier> standIn(List<Tier> covering) {
        return covering.stream().filter(t -> t.fine() != null && t.fine().kind() == Fine.Kind.FIXED && t.when() != null && t.when().below() != null)
                .filter(t -> covering.stream().anyMatch(m -> multipleOf(m).map(Basis::label).equals(Optional.of(t.when().basis()))))
                .findFirst();
    }

    private static String fixedRange(Tier tier) {
        return tier.fine() == null ? "as the text says" : new YuanRange(tier.fine().min(), tier.fine().max()).toString();
    }

    private static Optional<Basis> multipleOf(Tier tier) {
        return Optional.ofNullable(tier.fine()).filter(f -> f.kind() == Fine.Kind.MULTIPLE).flatMap(f -> Basis.known(f.basis()));
    }
}
