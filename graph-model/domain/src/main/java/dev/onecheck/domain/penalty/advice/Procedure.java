package dev.onecheck.domain.penalty.advice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.onecheck.domain.penalty.advice.ProcedureFlag.Kind;
import dev.onecheck.domain.penalty.derive.ViolationDeriver;

/**
 * The procedure of 行政处罚法 an outcome calls for: 当场处罚 (第五十一条), 听证告知 (第六十三条), 法制审核 (第五十八条),
 * 集体讨论 (第五十七条第二款) and the prompt to refer a suspected crime (第二十七条) where the penalty article says
 * 构成犯罪的，依法追究刑事责任. What turns on a fact not given, or on the authority's judgment, is said, not assumed.
 */
final class Procedure {

    /** 第五十一条: 对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出. */
    private static final BigDecimal ON_THE_SPOT_PERSON = BigDecimal.valueOf(200);
    private static final BigDecimal ON_THE_SPOT_ORGANIZATION = BigDecimal.valueOf(3000);
    /** 第六十三条第一款第（三）、（四）项: 降低资质等级、吊销许可证件; 责令停产停业（停业整顿、停产整顿 among them）、责令关闭、限制从业. */
    private static final List<String> HEARING_MEASURES = List.of("降低资质等级", "吊销", "停产", "停业", "责令关闭", "限制从业");
    /** 第二十七条 applies to any act suspected to be a crime; these are the ways a penalty article says so. */
    private static final Pattern CRIME = Pattern.compile("构成犯罪|刑事责任|涉嫌犯罪");
    private static final String CONFISCATE_INCOME = "没收违法所得";
    private static final String ON_THE_SPOT_CITATION = "《行政处罚法》第51条";

    private final HearingThresholds hearing;
    private final ViolationFacts facts;
    private final boolean crime;

    Procedure(HearingThresholds hearing, ViolationFacts facts, List<String> penaltyTexts) {
        this.hearing = hearing;
        this.facts = facts;
        this.crime = penaltyTexts.stream().anyMatch(t -> CRIME.matcher(t).find());
    }

    /** Not punished (time-barred, exempt, or may be waived): only the referral prompt remains. */
    List<ProcedureFlag> notPunished() {
        return List.of(referral());
    }

    List<ProcedureFlag> punished(YuanRange range, List<String> measures, boolean serious) {
        ProcedureFlag hearingNotice = hearingNotice(range, measures);
        List<ProcedureFlag> flags = new ArrayList<>(List.of(onTheSpot(range, measures), hearingNotice));
        flags.add(new ProcedureFlag(Kind.LEGAL_REVIEW, null, "《行政处罚法》第58条", "涉及重大公共利益的；直接关系当事人或者第三人重大权益，"
                + "经过听证程序的；案件情况疑难复杂、涉及多个法律关系的，作出决定前应当进行法制审核"
                + (Boolean.TRUE.equals(hearingNotice.applies()) ? "；本案应告知听证，当事人要求听证并经过听证程序的，须法制审核" : "")));
        flags.add(new ProcedureFlag(Kind.COLLECTIVE_DISCUSSION, null, "《行政处罚法》第57条", "对情节复杂或者重大违法行为给予行政处罚，"
                + "行政机关负责人应当集体讨论决定" + (serious ? "；本案认定情节严重，请判断是否属于重大违法行为" : "")));
        flags.add(referral());
        return flags;
    }

    private ProcedureFlag onTheSpot(YuanRange range, List<String> measures) {
        // Orders that are no penalty (责令改正、责令停止…, 第二十八条) do not stand in the way; any other penalty than 警告 does,
        // and 没收违法所得 only where there is an income: with none given, whether there is one decides.
        boolean incomeUnknown = income().isEmpty() && measures.stream().anyMatch(Procedure::confiscatesIncomeOnly);
        List<String> others = measures.stream().filter(ViolationDeriver::isPenalty).filter(m -> !m.equals("警告"))
                .filter(m -> !confiscatesIncomeOnly(m) || income().map(i -> i.signum() > 0).orElse(false)).toList();
        if (!others.isEmpty()) {
            return new ProcedureFlag(Kind.ON_THE_SPOT, false, ON_THE_SPOT_CITATION, "当场处罚限于罚款或者警告，本案还有" + String.join("、", others));
        }
        ProcedureFlag byAmount = onTheSpotByAmount(range);
        return incomeUnknown && !Boolean.FALSE.equals(byAmount.applies()) ? new ProcedureFlag(Kind.ON_THE_SPOT, null, ON_THE_SPOT_CITATION,
                byAmount.finding() + "；未提供违法所得（illegalIncome），有违法所得须没收的不能当场作出") : byAmount;
    }

    private ProcedureFlag onTheSpotByAmount(YuanRange range) {
        if (range == null) {
            return new ProcedureFlag(Kind.ON_THE_SPOT, true, ON_THE_SPOT_CITATION, "违法事实确凿并有法定依据，给予警告的，可以当场作出行政处罚决定");
        }
        BigDecimal limit = facts.partyType() == null ? null : facts.partyType().naturalPerson() ? ON_THE_SPOT_PERSON : ON_THE_SPOT_ORGANIZATION;
        String rule = "对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款的，可以当场作出";
        if (limit == null) {
            if (range.max().compareTo(ON_THE_SPOT_PERSON) <= 0) {
                return new ProcedureFlag(Kind.ON_THE_SPOT, true, ON_THE_SPOT_CITATION, rule + "；幅度不超过二百元");
            }
            if (range.min().compareTo(ON_THE_SPOT_ORGANIZATION) > 0) {
                return new ProcedureFlag(Kind.ON_THE_SPOT, false, ON_THE_SPOT_CITATION, rule + "；幅度下限已超过三千元");
            }
            return new ProcedureFlag(Kind.ON_THE_SPOT, null, ON_THE_SPOT_CITATION, rule + "；未提供当事人类型（partyType），取决于当事人类型和所定罚款数额");
        }
        if (range.max().compareTo(limit) <= 0) {
            return new ProcedureFlag(Kind.ON_THE_SPOT, true, ON_THE_SPOT_CITATION, rule + "；幅度不超过" + limit.toPlainString() + "元");
        }
        if (range.min().compareTo(limit) > 0) {
            return new ProcedureFlag(Kind.ON_THE_SPOT, false, ON_THE_SPOT_CITATION, rule + "；幅度下限已超过" + limit.toPlainString() + "元");
        }
        return new ProcedureFlag(Kind.ON_THE_SPOT, null, ON_THE_SPOT_CITATION, rule + "；所定罚款不超过" + limit.toPlainString() + "元的可以当场作出");
    }

    private ProcedureFlag hearingNotice(YuanRange range, List<String> measures) {
        String citation = "《行政处罚法》第63条";
        List<String> heavy = measures.stream().filter(m -> HEARING_MEASURES.stream().anyMatch(m::contains)).toList();
        if (!heavy.isEmpty()) {
            return new ProcedureFlag(Kind.HEARING_NOTICE, true, citation, "拟作出" + String.join("、", heavy) + "，应当告知当事人有要求听证的权利");
        }
        // 第六十三条第一款第（二）项: 没收较大数额违法所得、没收较大价值非法财物 — the same 较大数额 as for fines.
        BigDecimal large = hearing.of(facts.partyType());
        if (measures.stream().anyMatch(m -> m.startsWith(CONFISCATE_INCOME)) && income().isPresent() && large != null
                && income().get().compareTo(large) >= 0) {
            return new ProcedureFlag(Kind.HEARING_NOTICE, true, citation, "拟没收违法所得" + income().get().stripTrailingZeros().toPlainString() + "元，达到较大数额（"
                    + large.toPlainString() + "元，" + hearing.source() + "），应当告知当事人有要求听证的权利");
        }
        String confiscation = measures.stream().anyMatch(m -> m.contains("没收")) ? "；没收较大数额违法所得、较大价值非法财物的，也应当告知听证" : "";
        if (range == null) {
            return confiscation.isEmpty() ? new ProcedureFlag(Kind.HEARING_NOTICE, false, citation, "不处罚款，也没有第六十三条所列的其他处罚")
                    : new ProcedureFlag(Kind.HEARING_NOTICE, null, citation, "不处罚款" + confiscation + "，取决于没收的数额或者价值");
        }
        String rule = "较大数额罚款应当告知听证权利；较大数额按" + hearing.source() + "：对公民" + hearing.individual().toPlainString()
                + "元以上、对法人或者其他组织" + hearing.organization().toPlainString() + "元以上";
        BigDecimal threshold = hearing.of(facts.partyType());
        BigDecimal certain = threshold == null ? hearing.individual().max(hearing.organization()) : threshold;
        BigDecimal never = threshold == null ? hearing.individual().min(hearing.organization()) : threshold;
        if (range.min().compareTo(certain) >= 0) {
            return new ProcedureFlag(Kind.HEARING_NOTICE, true, citation, rule + "；幅度下限已达较大数额");
        }
        if (range.max().compareTo(never) < 0) {
            return new ProcedureFlag(Kind.HEARING_NOTICE, confiscation.isEmpty() ? false : null, citation, rule + "；幅度上限未达较大数额" + confiscation);
        }
        return new ProcedureFlag(Kind.HEARING_NOTICE, null, citation, rule + (threshold == null
                ? "；未提供当事人类型（partyType），取决于当事人类型和所定罚款数额" : "；所定罚款达到" + threshold.toPlainString() + "元的应当告知"));
    }

    /** Never a plain "no": 第二十七条 binds whenever a crime is suspected, and the law may say so in another article (食品安全法 149). */
    private ProcedureFlag referral() {
        return new ProcedureFlag(Kind.CRIMINAL_REFERRAL, null, "《行政处罚法》第27条", (crime ? "处罚条款提及刑事责任" : "处罚条款未提及刑事责任，本法其他条款或者刑法仍可能规定")
                + "：违法行为涉嫌犯罪的，行政机关应当及时将案件移送司法机关，请判断是否涉嫌犯罪");
    }

    /** 没收违法所得 alone, perhaps with its condition (有违法所得的): not 没收违法所得和违法生产经营的食品. */
    private static boolean confiscatesIncomeOnly(String measure) {
        return measure.equals(CONFISCATE_INCOME) || measure.startsWith(CONFISCATE_INCOME + "（");
    }

    private Optional<BigDecimal> income() {
        return facts.amount(Basis.ILLEGAL_INCOME);
    }
}
