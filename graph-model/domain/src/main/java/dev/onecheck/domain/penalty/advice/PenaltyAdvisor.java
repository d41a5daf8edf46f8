package dev.onecheck.domain.penalty.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.TierLevel;

/**
 * "罚不罚、罚多少" as rules an officer can defend, in the order 行政处罚法 puts them: which version of the penalty
 * article applies (第三十七条), whether the act is time-barred (第三十六条), whether it goes unpunished (第三十三条:
 * no fault; minor, corrected and harmless; 首违不罚), then the tier of the 裁量基准 the circumstances lead to
 * (第三十二条 and the standard's 从重 list), the threshold the amounts meet, and the range in yuan.
 */
public final class PenaltyAdvisor {

    /** The law whose general rules (总则) the advice applies, and the articles it cites. */
    public static final String GENERAL_LAW = "行政处罚法";
    public static final List<Integer> GENERAL_RULES = List.of(32, 33, 36, 37);

    static final int MITIGATION = 32;
    static final int NOT_PUNISHED = 33;
    static final int LIMITATION = 36;
    static final int TEMPORAL = 37;

    private static final String EDUCATION = "批评教育";
    private static final String CORRECTION = "责令改正";

    public PenaltyAdvice advise(AdviceBasis basis, ViolationFacts facts) {
        CitedArticle primary = basis.penalties().getFirst();
        if (facts.committedOn().isBefore(primary.firstInForce())) {
            throw new InvalidFactException("committedOn", "(" + facts.committedOn() + ") is before " + primary.citation()
                    + " came into force on " + primary.firstInForce() + ": no version of it penalised the act then");
        }
        AdviceDraft advice = new AdviceDraft(basis);
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
        List<String> exemptMeasures = withEducation(exempt.map(Tier::measures).orElse(List.of(CORRECTION)));
        if (facts.noFault()) {
            advice.step("无主观过错", NOT_PUNISHED, "当事人有证据足以证明没有主观过错，不予行政处罚（第二款），应当对其进行教育（第三款）");
            return advice.done(Outcome.NO_PENALTY, exempt.orElse(null), null, List.of(EDUCATION));
        }
        if (exempt.isPresent() && facts.aggravating().isEmpty() && !facts.serious() && facts.correctedInTime() && facts.harm() == Harm.NONE) {
            advice.step("轻微不罚", NOT_PUNISHED, "本违法行为列入不予处罚清单（" + exempt.get().circumstances() + "）；违法行为轻微并及时改正，"
                    + "没有造成危害后果，不予行政处罚，并予以教育");
            return advice.done(Outcome.NO_PENALTY, exempt.get(), null, exemptMeasures);
        }
        List<String> unmet = firstOffenceUnmet(facts);
        if (unmet.isEmpty()) {
            advice.step("首违不罚", NOT_PUNISHED, "初次违法且危害后果轻微并及时改正，可以不予行政处罚，并予以教育；决定处罚的，"
                    + "不勾选“初次违法”重新计算以得出阶次和幅度");
            return advice.done(Outcome.MAY_WAIVE, exempt.orElse(null), null, exemptMeasures);
        }
        advice.step("不予处罚情形", NOT_PUNISHED, "不适用：" + String.join("；", unmet));

        Optional<Tier> chosen = TierChoice.of(basis.standard(), facts, advice);
        if (chosen.isEmpty()) {
            return advice.done(Outcome.NO_PENALTY, exempt.orElse(null), null, exemptMeasures);
        }
        Tier tier = chosen.get();
        advice.step("裁量基准", 0, tier.level().label() + "——" + tier.circumstances());
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
            unmet.add(facts.refusedCorrection() ? "经责令改正拒不改正" : "未及时改正");
        }
        if (facts.serious()) {
            unmet.add("情节严重");
        }
        facts.aggravating().stream().sorted().forEach(a -> unmet.add("有从重情节：" + a.label()));
        return unmet;
    }

    /**
     * The tier's fine in yuan. The standard is written for the version the violation is linked to; when another
     * version applies, the range keeps its place within that version's statutory range.
     */
    private static YuanRange range(Tier tier, ViolationFacts facts, CitedArticle primary, ApplicableVersion version, AdviceDraft advice) {
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
}
