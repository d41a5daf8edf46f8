package dev.onecheck.domain.penalty.advice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.onecheck.domain.penalty.DiscretionStandard;
import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.TierCondition;
import dev.onecheck.domain.penalty.TierLevel;

/**
 * The tier of a 裁量基准 the facts land in. First the conditions the penalty article sets (情节严重 before 拒不改正;
 * the warning-only tier until an order to correct was refused); then the level the circumstances call for —
 * 从重 with aggravating circumstances, 从轻 with one of 第三十二条, 减轻 with two or more, 一般 when both kinds meet —
 * or the nearest the standard has; then the amount threshold met; and, where a level offers a multiple of an amount
 * and a fixed fine for when that amount cannot be computed, the one the facts allow.
 */
final class TierChoice {

    private TierChoice() {
    }

    static Optional<Tier> of(DiscretionStandard standard, ViolationFacts facts, AdviceDraft draft) {
        List<Tier> eligible = standard.tiers().stream().filter(t -> t.level() != TierLevel.NO_PENALTY && met(t.condition(), facts)).toList();
        if (eligible.isEmpty()) {
            draft.step("适用情形", 0, "基准的处罚阶次均以" + conditions(standard) + "为条件，本案不具备，只责令改正");
            return Optional.empty();
        }
        int top = eligible.stream().mapToInt(t -> priority(t.condition())).max().orElseThrow();
        if (top > 0) {
            eligible = eligible.stream().filter(t -> priority(t.condition()) == top).toList();
            draft.step("适用情形", 0, eligible.getFirst().condition().label() + "：适用基准中以此为条件的阶次");
        }
        List<String> aggravating = aggravating(standard, facts);
        TierLevel wanted = level(aggravating.size(), facts.mitigating().size());
        draft.step("裁量阶次", PenaltyAdvisor.MITIGATION, reason(wanted, aggravating, facts));
        List<TierLevel> levels = eligible.stream().map(Tier::level).distinct().toList();
        TierLevel level = levels.stream().min(Comparator.comparingInt(l -> distance(wanted, l))).orElseThrow();
        if (level != wanted) {
            draft.step("裁量阶次", 0, "可适用的阶次中没有" + wanted.label() + "，就近适用" + level.label());
        }
        return Optional.of(byAmounts(standard, eligible.stream().filter(t -> t.level() == level).toList(), facts, draft));
    }

    /** 从重 with aggravating circumstances, 从轻 with one mitigating, 减轻 with two or more; both kinds offset to 一般. */
    static TierLevel level(int aggravating, int mitigating) {
        if (aggravating > 0) {
            return mitigating > 0 ? TierLevel.ORDINARY : TierLevel.HEAVIER;
        }
        return mitigating >= 2 ? TierLevel.MITIGATED : mitigating == 1 ? TierLevel.LIGHTER : TierLevel.ORDINARY;
    }

    private static boolean met(TierCondition condition, ViolationFacts facts) {
        return condition == null || switch (condition) {
            case BEFORE_ORDER -> !facts.refusedCorrection();
            case REFUSED_CORRECTION -> facts.refusedCorrection();
            case SERIOUS -> facts.serious();
        };
    }

    /** A tier made for a condition met beats one without: 情节严重 first, then 拒不改正. */
    private static int priority(TierCondition condition) {
        return condition == TierCondition.SERIOUS ? 2 : condition == TierCondition.REFUSED_CORRECTION ? 1 : 0;
    }

    private static String conditions(DiscretionStandard standard) {
        return standard.tiers().stream().map(Tier::condition).filter(c -> c != null).distinct().map(c -> "“" + c.label() + "”")
                .collect(Collectors.joining("或"));
    }

    /** The aggravating circumstances, with 拒不改正 and 情节严重 among them where no tier is made for them. */
    private static List<String> aggravating(DiscretionStandard standard, ViolationFacts facts) {
        List<String> labels = new ArrayList<>(facts.aggravating().stream().sorted().map(Aggravation::label).toList());
        if (facts.refusedCorrection() && noTierFor(standard, TierCondition.REFUSED_CORRECTION)) {
            labels.add(TierCondition.REFUSED_CORRECTION.label());
        }
        if (facts.serious() && noTierFor(standard, TierCondition.SERIOUS)) {
            labels.add(TierCondition.SERIOUS.label());
        }
        return labels;
    }

    private static boolean noTierFor(DiscretionStandard standard, TierCondition condition) {
        return standard.tiers().stream().noneMatch(t -> t.condition() == condition);
    }

    private static String reason(TierLevel level, List<String> aggravating, ViolationFacts facts) {
        String mitigating = facts.mitigating().stream().sorted().map(Mitigation::label).collect(Collectors.joining("、"));
        String heavier = String.join("、", aggravating);
        return switch (level) {
            case HEAVIER -> "有从重情节（" + heavier + "），从重处罚";
            case MITIGATED -> "有第三十二条规定的多项情形（" + mitigating + "），减轻处罚";
            case LIGHTER -> "有第三十二条规定的情形（" + mitigating + "），从轻处罚";
            default -> aggravating.isEmpty() ? "无从轻、减轻、从重情节，按一般阶次处罚"
                    : "从重情节（" + heavier + "）与从轻情节（" + mitigating + "）并存，综合裁量按一般阶次处罚";
        };
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
            BigDecimal amount = facts.required(Basis.ofLabel(t.when().basis()),
                    standard.title() + "的" + t.level().label() + "阶次按" + t.when().basis() + "区分");
            if (t.when().covers(amount)) {
                covering.add(t);
            }
        }
        if (covering.isEmpty()) {
            throw new IllegalStateException(standard.code() + ": no " + tiers.getFirst().level().label() + " tier covers " + facts.amounts());
        }
        Optional<Tier> multiple = covering.stream().filter(t -> multipleOf(t).filter(b -> StatutoryFines.multipliable(facts, b).isPresent()).isPresent()).findFirst();
        Optional<Tier> other = covering.stream().filter(t -> multipleOf(t).isEmpty()).findFirst();
        Optional<Basis> missing = covering.stream().map(TierChoice::multipleOf).flatMap(Optional::stream)
                .filter(b -> StatutoryFines.multipliable(facts, b).isEmpty()).findFirst();
        if (multiple.isEmpty() && other.isPresent() && missing.isPresent()) {
            draft.step("裁量基准", 0, (facts.amount(missing.get()).isPresent() ? missing.get().label() + "为零" : "未提供" + missing.get().label())
                    + "，适用其无法计算或者明显偏低时的固定幅度");
        }
        return multiple.or(() -> other).orElse(covering.getFirst());
    }

    private static Optional<Basis> multipleOf(Tier tier) {
        return Optional.ofNullable(tier.fine()).filter(f -> f.kind() == Fine.Kind.MULTIPLE).map(f -> Basis.ofLabel(f.basis()));
    }
}
