package dev.onecheck.domain.penalty.advice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.TierCondition;
import dev.onecheck.domain.penalty.TierLevel;
import dev.onecheck.domain.penalty.advice.StatutoryFine.Circumstance;
import dev.onecheck.domain.penalty.derive.ViolationDeriver;
import dev.onecheck.domain.penalty.derive.ViolationDeriver.ConditionalMeasure;

/**
 * What the law requires beside the measures a tier lists, for a standard written by hand (violations.json) as for
 * one made from a derived violation: the orders the penalty article gives at once (责令改正, 责令停止发布广告, 责令广告主
 * 在相应范围内消除影响), its measures that wait for a condition (核安全法 第七十七条 "拒不改正的，责令停止建设或者停产整顿":
 * applied when the facts meet it, named as what follows otherwise), 没收违法所得 where the facts give an income
 * (行政处罚法 第二十八条第二款 "当事人有违法所得，除依法应当退赔的外，应当予以没收。") and the fines the article sets on
 * 直接负责的主管人员 (双罚), reported as theirs and never added to the party's range, as are the other measures the article
 * imposes on someone other than the party (旅游法 第一百条 "对直接负责的主管人员…，并暂扣或者吊销导游证", 精神卫生法 第七十三条
 * "对有关医务人员，吊销其执业证书"): a decision of their own, which advice leaving them out could not defend.
 */
final class RequiredMeasures {

    static final String CONFISCATE_INCOME = "没收违法所得";
    private static final String LESSER = "情节较重";
    private static final String DETENTION = "拘留";
    /** What the persons beside the party (双罚) are fined: decided on them apart. */
    private static final String FINE_APART = "（双罚：另行决定，不计入对当事人的罚款）";
    /** What the article imposes on another than the party: decided on them apart, never dropped. */
    private static final String OTHERS = "（对条文所指对象另行决定，不计入对当事人的处罚）";

    private RequiredMeasures() {
    }

    /** The tier's measures with what the article and 第二十八条第二款 add for these facts; steps say what and why. */
    static List<String> completed(String text, ViolationFacts facts, Tier tier, List<String> tierMeasures, AdviceDraft advice) {
        List<String> measures = new ArrayList<>(tierMeasures);
        List<String> orders = new ArrayList<>();
        for (String order : ViolationDeriver.immediateMeasures(text)) {
            // 可以责令…: the authority's choice, not the article's requirement
            if (!ViolationDeriver.isPenalty(order) && !ViolationDeriver.optional(order) && absent(measures, order)) {
                orders.add(order);
            }
        }
        if (!orders.isEmpty()) {
            measures.addAll(orders);
            advice.step("条文规定的措施", 0, "处罚条款规定" + String.join("、", orders) + "，裁量基准的阶次未列，依条文列入");
        }
        for (ConditionalMeasure c : ViolationDeriver.conditionalMeasures(text)) {
            String printed = "处罚条款规定“" + c.condition() + "，" + c.measure() + "”";
            if (otherDegree(c, tier)) {
                // 价格违法行为行政处罚规定 第九条 "情节较重的处…罚款；情节严重的，责令停业整顿": one fact (serious) for two
                // degrees — the tier found 情节较重, and the heavier degree is the officer's finding, not to be assumed.
                advice.step("附条件的措施", 0, printed + "；本案阶次为“" + tier.circumstances() + "”，如认定属于" + c.condition() + "，依此处理");
            } else if (met(c, facts)) {
                // 没收违法所得 of an income the facts state: 第二十八条第二款 below lists it with the amount
                if (absent(measures, c.measure()) && !c.measure().equals(CONFISCATE_INCOME)) {
                    measures.add(c.measure());
                }
                advice.step("附条件的措施", 0, printed + "；本案" + found(c) + "，依条文适用");
            } else {
                advice.step("附条件的措施", 0, printed + "；本案未认定" + found(c) + "，暂不适用，" + c.condition() + "依此处理");
            }
        }
        facts.amount(Basis.ILLEGAL_INCOME).filter(a -> a.signum() > 0).filter(a -> measures.stream().noneMatch(m -> m.contains(CONFISCATE_INCOME)))
                .ifPresent(income -> {
                    measures.add(CONFISCATE_INCOME + "（" + yuan(income) + "，依法应当退赔的除外）");
                    advice.step("没收违法所得", 0, "《行政处罚法》第二十八条第二款：当事人有违法所得，除依法应当退赔的外，应当予以没收；本案违法所得"
                            + yuan(income) + "，裁量基准的阶次未列，依法列入");
                });
        List<String> others = ViolationDeriver.othersMeasures(text).stream().map(m -> m + OTHERS).filter(m -> absent(measures, m)).toList();
        if (!others.isEmpty()) {
            measures.addAll(others);
            advice.step("对其他对象的处罚", 0, "处罚条款另规定" + String.join("；", ViolationDeriver.othersMeasures(text))
                    + "：须对条文所指对象另行作出决定，不是对当事人的处罚，也不得略去");
        }
        for (StatutoryFine persons : StatutoryFines.onPersons(text, facts)) {
            String fine = "对" + persons.addressee() + "处" + describe(persons.fine(), facts) + "罚款" + FINE_APART;
            measures.add(fine);
            advice.step("责任人员罚款", 0, "处罚条款" + (persons.conditions().isEmpty() ? "" : "规定" + String.join("，", persons.conditions()) + "，")
                    + fine);
        }
        withoutDetentionOfAUnit(measures, facts, advice);
        return List.copyOf(measures);
    }

    /**
     * 行政拘留 restricts the liberty of a natural person: a unit cannot be detained (反电信网络诈骗法 第四十二条 "情节严重的，由
     * 公安机关并处十五日以下拘留" fines a unit and detains persons). For a unit the measure is left out and a step says why;
     * whom to detain instead is the article's or 治安管理处罚法 第十八条's ("单位违反治安管理的，对其直接负责的主管人员和其他
     * 直接责任人员依照本法的规定处罚") to say, a decision of its own on those persons. A party of unknown type keeps it, with
     * the same warning.
     */
    private static void withoutDetentionOfAUnit(List<String> measures, ViolationFacts facts, AdviceDraft advice) {
        // 对责任人员处十五日以下拘留 (劳动法 第九十六条) detains the persons, not the unit
        List<String> detention = measures.stream().filter(m -> m.contains(DETENTION) && !m.endsWith(OTHERS)).toList();
        if (detention.isEmpty() || facts.partyType() != null && facts.partyType().naturalPerson()) {
            return;
        }
        String persons = "行政拘留只能对自然人适用，单位不能被拘留；对单位的直接负责的主管人员和其他直接责任人员适用拘留的，须有法律规定并另行决定"
                + "（如《治安管理处罚法》第十八条：单位违反治安管理的，对其直接负责的主管人员和其他直接责任人员依照本法的规定处罚）";
        if (facts.partyType() == null) {
            advice.step("行政拘留", 0, persons + "；本案未载明当事人类型（facts.partyType），" + String.join("、", detention) + "仅适用于当事人为自然人的情形");
            return;
        }
        // "警告或者十五日以下拘留" (集会游行示威法 第二十八条): the other choice stays
        measures.replaceAll(m -> detention.contains(m) ? String.join("或者", java.util.Arrays.stream(m.split("或者"))
                .filter(choice -> !choice.contains(DETENTION)).toList()) : m);
        measures.removeIf(String::isEmpty);
        advice.step("行政拘留", 0, "条文规定" + String.join("、", detention) + "；本案当事人为" + facts.partyType().label() + "，" + persons + "，不列入对当事人的处罚");
    }

    /**
     * The tier for an article whose fines all wait for conditions the facts miss while a penalty it gives on another
     * condition is met ("拒不改正的，处1万元以上10万元以下的罚款；情节严重的，吊销营业执照" with 情节严重 and no refused order):
     * that penalty on its own, without a fine — {@link #completed} lists it. Empty when no such penalty is due.
     */
    static Optional<Tier> penaltyWithoutFine(String text, ViolationFacts facts, AdviceDraft advice) {
        // not 有违法所得的，没收违法所得: a confiscation beside the fine, never one instead of it
        List<ConditionalMeasure> due = ViolationDeriver.conditionalMeasures(text).stream()
                .filter(c -> ViolationDeriver.isPenalty(c.measure()) && c.circumstance() != Circumstance.AMOUNT && met(c, facts)).toList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        String given = due.stream().map(c -> c.condition() + "，" + c.measure()).collect(Collectors.joining("；"));
        advice.step("适用情形", 0, "处罚条款的罚款均以本案不具备的情形为条件；条文规定“" + given + "”，本案"
                + due.stream().map(RequiredMeasures::found).distinct().collect(Collectors.joining("、")) + "，依条文处罚，不并处罚款");
        return Optional.of(new Tier(TierLevel.ORDINARY, "依条文给予" + due.stream().map(ConditionalMeasure::measure).collect(Collectors.joining("、"))
                + "，不并处罚款", null, null, null, List.of()));
    }

    /** A 情节严重 measure where the tier is for the lesser 情节较重 of the same article. */
    private static boolean otherDegree(ConditionalMeasure c, Tier tier) {
        String found = tier.circumstances() == null ? "" : tier.circumstances();
        return c.circumstance() == Circumstance.SERIOUS && tier.condition() == TierCondition.SERIOUS && found.contains(LESSER)
                && !c.condition().contains(LESSER) && !found.contains("情节严重");
    }

    private static boolean met(ConditionalMeasure c, ViolationFacts facts) {
        return switch (c.circumstance()) {
            case REFUSED -> facts.refusedCorrection();
            case SERIOUS -> facts.serious();
            case REFUSED_OR_SERIOUS -> facts.refusedCorrection() || facts.serious();
            // 有违法所得的，没收违法所得: an income above 0; other amounts scope fines, not measures
            case AMOUNT -> ViolationDeriver.incomeCondition(c.condition())
                    && facts.amount(Basis.ILLEGAL_INCOME).filter(a -> a.signum() > 0).isPresent();
            case OTHER -> false;
        };
    }

    /** The fact that meets a condition, as the finding names it. */
    private static String found(ConditionalMeasure c) {
        return switch (c.circumstance()) {
            case REFUSED -> "经责令改正拒不改正";
            case SERIOUS -> "情节严重";
            case REFUSED_OR_SERIOUS -> "拒不改正或者情节严重";
            case AMOUNT -> ViolationDeriver.incomeCondition(c.condition()) ? "有违法所得" : "“" + c.condition() + "”的情形";
            case OTHER -> "“" + c.condition() + "”的情形";
        };
    }

    /** Whether no measure listed is {@code measure} already (责令限期改正 is 责令改正; a tier may add its condition in brackets). */
    private static boolean absent(List<String> measures, String measure) {
        String wanted = plain(measure);
        return measures.stream().map(RequiredMeasures::plain).noneMatch(m -> m.contains(wanted) || wanted.contains(m));
    }

    private static String plain(String measure) {
        return measure.replace("限期", "").replace("立即", "").replaceFirst("（.*）$", "");
    }

    /** 五万元以上十万元以下 in yuan, or a multiple of a basis the facts do not carry as printed (所获收入30%至3倍). */
    private static String describe(Fine fine, ViolationFacts facts) {
        return StatutoryFines.inYuan(fine, facts).map(YuanRange::toString).orElseGet(() -> fine.basis() + times(fine.min()) + "至" + times(fine.max()) + fine.capClause());
    }

    private static String times(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString() + "倍";
    }

    private static String yuan(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString() + "元";
    }
}
