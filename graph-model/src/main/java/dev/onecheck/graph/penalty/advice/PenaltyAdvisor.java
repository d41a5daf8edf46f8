package dev.onecheck.graph.penalty.advice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.onecheck.graph.law.Provision;
import dev.onecheck.graph.penalty.DiscretionStandard;
import dev.onecheck.graph.penalty.Fine;
import dev.onecheck.graph.penalty.Tier;
import dev.onecheck.graph.penalty.TierLevel;
import dev.onecheck.graph.penalty.advice.AppliedProvision.Use;

/**
 * "罚不罚、罚多少" as rules an officer can defend, in the order 行政处罚法 puts them: which version of the penalty
 * article applies (第三十七条), whether the act is time-barred (第三十六条), whether it goes unpunished (第三十三条:
 * no fault; minor, corrected and harmless; 首违不罚), then the tier of the 裁量基准 the circumstances lead to
 * (第三十二条 and the standard's 从重 list), the threshold the amounts meet, and the range in yuan.
 */
public final class PenaltyAdvisor {

    static final int MITIGATION = 32;
    static final int NOT_PUNISHED = 33;
    static final int LIMITATION = 36;
    static final int TEMPORAL = 37;

    private static final String ADMIN_PENALTY_LAW = "《行政处罚法》";
    private static final String EDUCATION = "批评教育";

    public PenaltyAdvice advise(AdviceBasis basis, ViolationFacts facts) {
        CitedArticle primary = basis.penalties().getFirst();
        if (facts.committedOn().isBefore(primary.firstInForce())) {
            throw new InvalidFactException("committedOn", "(" + facts.committedOn() + ") is before " + primary.citation()
                    + " came into force on " + primary.firstInForce() + ": no version of it penalised the act then");
        }
        Advice advice = new Advice(basis);
        ApplicableVersion version = ApplicableVersion.of(primary, facts);
        advice.articles(version);
        advice.step("适用法律版本（从旧兼从轻）", TEMPORAL, version.finding());

        LimitationPeriod period = LimitationPeriod.of(basis.domain(), facts.harm());
        if (period.expired(facts)) {
            advice.step("追责时效", LIMITATION, period.reason() + "；违法行为" + facts.actEndedOn() + "终了，至" + period.lastDay(facts)
                    + "未被发现（发现于" + facts.discoveredOn() + "），不再给予行政处罚");
            return advice.done(Outcome.TIME_BARRED, null, null, List.of());
        }
        advice.step("追责时效", LIMITATION, period.reason() + "；" + facts.discoveredOn() + "发现，未超过" + period.lastDay(facts));

        Optional<Tier> exempt = basis.standard().tiers().stream().filter(t -> t.level() == TierLevel.NO_PENALTY).findFirst();
        if (facts.noFault()) {
            advice.step("无主观过错", NOT_PUNISHED, "当事人有证据足以证明没有主观过错，不予行政处罚（第二款），应当对其进行教育（第三款）");
            return advice.done(Outcome.NO_PENALTY, exempt.orElse(null), null, List.of(EDUCATION));
        }
        if (exempt.isPresent() && facts.aggravating().isEmpty() && facts.correctedInTime() && facts.harm() == Harm.NONE) {
            advice.step("轻微不罚", NOT_PUNISHED, "本违法行为列入不予处罚清单（" + exempt.get().circumstances() + "）；违法行为轻微并及时改正，"
                    + "没有造成危害后果，不予行政处罚，并予以教育");
            return advice.done(Outcome.NO_PENALTY, exempt.get(), null, withEducation(exempt.get().measures()));
        }
        List<String> unmet = firstOffenceUnmet(facts);
        if (unmet.isEmpty()) {
            advice.step("首违不罚", NOT_PUNISHED, "初次违法且危害后果轻微并及时改正，可以不予行政处罚，并予以教育；决定处罚的，"
                    + "不勾选“初次违法”重新计算以得出阶次和幅度");
            return advice.done(Outcome.MAY_WAIVE, exempt.orElse(null), null,
                    withEducation(exempt.map(Tier::measures).orElse(List.of("责令改正"))));
        }
        advice.step("不予处罚情形", NOT_PUNISHED, "不适用：" + String.join("；", unmet));

        TierLevel wanted = level(facts);
        advice.step("裁量阶次", MITIGATION, levelReason(facts, wanted));
        TierLevel level = available(basis.standard(), wanted);
        if (level != wanted) {
            advice.step("裁量阶次", 0, basis.standard().title() + "未设" + wanted.label() + "阶次，就近适用" + level.label());
        }
        Tier tier = tier(basis.standard(), level, facts);
        advice.step("裁量基准", 0, basis.standard().title() + "：" + tier.level().label() + "——" + tier.circumstances());
        YuanRange range = range(tier, facts, primary, version, advice);
        return advice.done(Outcome.PUNISH, tier, range, tier.measures());
    }

    /** Why 首违不罚 (第三十三条第一款) does not apply; empty when it does. */
    private static List<String> firstOffenceUnmet(ViolationFacts facts) {
        List<String> unmet = new ArrayList<>();
        if (!facts.firstOffence()) {
            unmet.add("并非初次违法");
        }
        if (facts.harm() == Harm.HARMFUL) {
            unmet.add("造成了危害后果");
        }
        if (!facts.correctedInTime()) {
            unmet.add("未及时改正");
        }
        facts.aggravating().stream().sorted().forEach(a -> unmet.add("有从重情节：" + a.label()));
        return unmet;
    }

    /** 从重 with aggravating circumstances, 从轻 with one mitigating, 减轻 with two or more; both kinds offset to 一般. */
    static TierLevel level(ViolationFacts facts) {
        boolean aggravated = !facts.aggravating().isEmpty();
        int mitigations = facts.mitigating().size();
        if (aggravated && mitigations > 0) {
            return TierLevel.ORDINARY;
        }
        if (aggravated) {
            return TierLevel.HEAVIER;
        }
        return mitigations >= 2 ? TierLevel.MITIGATED : mitigations == 1 ? TierLevel.LIGHTER : TierLevel.ORDINARY;
    }

    private static String levelReason(ViolationFacts facts, TierLevel level) {
        String mitigating = labels(facts.mitigating().stream().sorted().map(Mitigation::label));
        String aggravating = labels(facts.aggravating().stream().sorted().map(Aggravation::label));
        return switch (level) {
            case HEAVIER -> "有从重情节（" + aggravating + "），从重处罚";
            case MITIGATED -> "有第三十二条规定的多项情形（" + mitigating + "），减轻处罚";
            case LIGHTER -> "有第三十二条规定的情形（" + mitigating + "），从轻处罚";
            default -> facts.aggravating().isEmpty() ? "无从轻、减轻、从重情节，按一般阶次处罚"
                    : "从重情节（" + aggravating + "）与从轻情节（" + mitigating + "）并存，综合裁量按一般阶次处罚";
        };
    }

    /** The wanted level if the standard has it, else the nearest one towards 一般 (a standard may lack 减轻, say). */
    private static TierLevel available(DiscretionStandard standard, TierLevel wanted) {
        List<TierLevel> levels = standard.tiers().stream().map(Tier::level).filter(l -> l != TierLevel.NO_PENALTY).distinct().toList();
        if (levels.isEmpty()) {
            throw new IllegalStateException(standard.code() + " has no tier that punishes");
        }
        int towards = Integer.signum(TierLevel.ORDINARY.ordinal() - wanted.ordinal());
        return levels.stream().min(Comparator.comparingInt((TierLevel l) -> distance(wanted, l, towards))).orElseThrow();
    }

    /** Steps from {@code wanted} to {@code level}, stepping towards 一般 first, away from it only past it. */
    private static int distance(TierLevel wanted, TierLevel level, int towards) {
        int steps = level.ordinal() - wanted.ordinal();
        return Integer.signum(steps) == towards || steps == 0 ? Math.abs(steps) : 10 + Math.abs(steps);
    }

    /** The tier of {@code level} whose threshold the facts meet; a threshold needs its amount. */
    private static Tier tier(DiscretionStandard standard, TierLevel level, ViolationFacts facts) {
        List<Tier> tiers = standard.tiers().stream().filter(t -> t.level() == level).toList();
        for (Tier t : tiers) {
            if (t.when() == null) {
                continue;
            }
            BigDecimal amount = facts.required(Basis.ofLabel(t.when().basis()),
                    standard.title() + "的" + level.label() + "阶次按" + t.when().basis() + "区分");
            if (t.when().covers(amount)) {
                return t;
            }
        }
        return tiers.stream().filter(t -> t.when() == null).findFirst().orElseThrow(() -> new IllegalStateException(
                standard.code() + ": no " + level.label() + " tier covers the amounts " + facts.amounts()));
    }

    /**
     * The tier's fine in yuan. The standard is written for the version the violation is linked to; when another
     * version applies, the range keeps its place within that version's statutory range.
     */
    private static YuanRange range(Tier tier, ViolationFacts facts, CitedArticle primary, ApplicableVersion version, Advice advice) {
        if (tier.fine() == null) {
            advice.step("罚款幅度", 0, "该阶次不处罚款：" + String.join("、", tier.measures()));
            return null;
        }
        YuanRange range = StatutoryFines.inYuan(tier.fine(), facts).orElseThrow(() -> new InvalidFactException(
                Basis.ofLabel(tier.fine().basis()).fact(), "(" + tier.fine().basis() + ") is needed: the fine is a multiple of it"));
        String computed = tier.fine().kind() == Fine.Kind.MULTIPLE
                ? tier.fine().basis() + tier.fine().min().stripTrailingZeros().toPlainString() + "倍至"
                        + tier.fine().max().stripTrailingZeros().toPlainString() + "倍，即" + range
                : range.toString();
        if (version.version().equals(primary.linked())) {
            advice.step("罚款幅度", 0, computed);
            return range;
        }
        Optional<YuanRange> written = StatutoryFines.rangeFor(primary.text(primary.linked()), facts);
        Optional<YuanRange> applied = StatutoryFines.rangeFor(primary.text(version.version()), facts);
        if (written.isEmpty() || applied.isEmpty()) {
            advice.step("罚款幅度", 0, computed + "；裁量基准按" + ApplicableVersion.name(primary.linked()) + "制定，未能读出"
                    + ApplicableVersion.name(version.version()) + "的法定幅度，请按该版核对");
            return range;
        }
        YuanRange placed = range.rescaled(written.get(), applied.get());
        advice.step("罚款幅度", 0, computed + "；裁量基准按" + ApplicableVersion.name(primary.linked()) + "（法定" + written.get()
                + "）制定，按同一位置折入" + ApplicableVersion.name(version.version()) + "（法定" + applied.get() + "）：" + placed);
        return placed;
    }

    private static List<String> withEducation(List<String> measures) {
        return Stream.concat(measures.stream(), Stream.of(EDUCATION)).distinct().toList();
    }

    private static String labels(Stream<String> labels) {
        return labels.collect(Collectors.joining("、"));
    }

    /** The advice as it is built: the steps, and the article versions they apply. */
    private static final class Advice {

        private final AdviceBasis basis;
        private final List<Step> steps = new ArrayList<>();
        private final List<AppliedProvision> provisions = new ArrayList<>();

        Advice(AdviceBasis basis) {
            this.basis = basis;
        }

        /** A step citing 行政处罚法 article {@code article} (0: the discretion standard's own rule). */
        void step(String rule, int article, String finding) {
            Provision general = basis.generalRules().get(article);
            if (general != null && provisions.stream().noneMatch(p -> p.provision().equals(general))) {
                provisions.add(new AppliedProvision(Use.GENERAL_RULE, general));
            }
            String citation = article == 0 ? basis.standard().title() : ADMIN_PENALTY_LAW + "第" + article + "条";
            steps.add(new Step(rule, citation, finding));
        }

        /** The violated and penalty articles in the versions in force on the day the chosen version speaks for. */
        void articles(ApplicableVersion version) {
            basis.violated().forEach(a -> provisions.add(new AppliedProvision(Use.VIOLATED, a.inForceOn(version.asOf()).orElse(a.linked()).provision())));
            provisions.add(new AppliedProvision(Use.PENALTY, version.version().provision()));
            basis.penalties().stream().skip(1).forEach(a -> provisions.add(new AppliedProvision(Use.PENALTY,
                    a.inForceOn(version.asOf()).orElse(a.linked()).provision())));
        }

        PenaltyAdvice done(Outcome outcome, Tier tier, YuanRange range, List<String> measures) {
            return new PenaltyAdvice(basis.violationCode(), basis.standard().code(), outcome, tier, range, measures, provisions, steps);
        }
    }
}
