package dev.onecheck.domain.penalty.advice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.onecheck.domain.penalty.advice.ProcedureFlag.Kind;

/**
 * The procedure of 行政处罚法 an outcome calls for: 当场处罚 (第五十一条), 听证告知 (第六十三条), 法制审核 (第五十八条),
 * 集体讨论 (第五十七条第二款) and the prompt to refer a suspected crime (第二十七条) where the penalty article says
 * 构成犯罪的，依法追究刑事责任. What turns on a fact not given, or on the authority's judgment, is said, not assumed.
 */
final class Procedure {

    /** 第五十一条: 对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出. */
    private static final BigDecimal ON_THE_SPOT_PERSON = BigDecimal.valueOf(200);
    private static final BigDecimal ON_THE_SPOT_ORGANIZATION = BigDecimal.valueOf(3000);
    /** Measures that are no penalty (责令改正, 第二十八条) or the 警告 第五十一条 allows on the spot. */
    private static final Set<String> ON_THE_SPOT_MEASURES = Set.of("警告", "责令改正", "责令限期改正", "批评教育");
    /** 第六十三条第一款第（三）、（四）项: 降低资质等级、吊销许可证件; 责令停产停业、责令关闭、限制从业. */
    private static final List<String> HEARING_MEASURES = List.of("降低资质等级", "吊销", "责令停产停业", "责令关闭", "限制从业");

    private final HearingThresholds hearing;
    private final ViolationFacts facts;
    private final boolean crime;

    Procedure(HearingThresholds hearing, ViolationFacts facts, List<String> penaltyTexts) {
        this.hearing = hearing;
        this.facts = facts;
        this.crime = penaltyTexts.stream().anyMatch(t -> t.contains(ArticleReading.CRIME));
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
        String citation = "《行政处罚法》第51条";
        if (!ON_THE_SPOT_MEASURES.containsAll(measures)) {
            return new ProcedureFlag(Kind.ON_THE_SPOT, false, citation, "当场处罚限于罚款或者警告，本案还有" + String.join("、", measures.stream()
                    .filter(m -> !ON_THE_SPOT_MEASURES.contains(m)).toList()));
        }
        if (range == null) {
            return new ProcedureFlag(Kind.ON_THE_SPOT, true, citation, "违法事实确凿并有法定依据，给予警告的，可以当场作出行政处罚决定");
        }
        BigDecimal limit = facts.partyType() == null ? null : facts.partyType().naturalPerson() ? ON_THE_SPOT_PERSON : ON_THE_SPOT_ORGANIZATION;
        String rule = "对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款的，可以当场作出";
        if (limit == null) {
            if (range.max().compareTo(ON_THE_SPOT_PERSON) <= 0) {
                return new ProcedureFlag(Kind.ON_THE_SPOT, true, citation, rule + "；幅度不超过二百元");
            }
            if (range.min().compareTo(ON_THE_SPOT_ORGANIZATION) > 0) {
                return new ProcedureFlag(Kind.ON_THE_SPOT, false, citation, rule + "；幅度下限已超过三千元");
            }
            return new ProcedureFlag(Kind.ON_THE_SPOT, null, citation, rule + "；未提供当事人类型（partyType），取决于当事人类型和所定罚款数额");
        }
        if (range.max().compareTo(limit) <= 0) {
            return new ProcedureFlag(Kind.ON_THE_SPOT, true, citation, rule + "；幅度不超过" + limit.toPlainString() + "元");
        }
        if (range.min().compareTo(limit) > 0) {
            return new ProcedureFlag(Kind.ON_THE_SPOT, false, citation, rule + "；幅度下限已超过" + limit.toPlainString() + "元");
        }
        return new ProcedureFlag(Kind.ON_THE_SPOT, null, citation, rule + "；所定罚款不超过" + limit.toPlainString() + "元的可以当场作出");
    }

    private ProcedureFlag hearingNotice(YuanRange range, List<String> measures) {
        String citation = "《行政处罚法》第63条";
        List<String> heavy = measures.stream().filter(m -> HEARING_MEASURES.stream().anyMatch(m::contains)).toList();
        if (!heavy.isEmpty()) {
            return new ProcedureFlag(Kind.HEARING_NOTICE, true, citation, "拟作出" + String.join("、", heavy) + "，应当告知当事人有要求听证的权利");
        }
        if (range == null) {
            return new ProcedureFlag(Kind.HEARING_NOTICE, false, citation, "不处罚款，也没有第六十三条所列的其他处罚");
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
            return new ProcedureFlag(Kind.HEARING_NOTICE, false, citation, rule + "；幅度上限未达较大数额");
        }
        return new ProcedureFlag(Kind.HEARING_NOTICE, null, citation, rule + (threshold == null
                ? "；未提供当事人类型（partyType），取决于当事人类型和所定罚款数额" : "；所定罚款达到" + threshold.toPlainString() + "元的应当告知"));
    }

    private ProcedureFlag referral() {
        return crime ? new ProcedureFlag(Kind.CRIMINAL_REFERRAL, null, "《行政处罚法》第27条", "处罚条款规定“" + ArticleReading.CRIME
                + "”：违法行为涉嫌犯罪的，行政机关应当及时将案件移送司法机关，请判断是否涉嫌犯罪")
                : new ProcedureFlag(Kind.CRIMINAL_REFERRAL, false, "《行政处罚法》第27条", "处罚条款未规定追究刑事责任");
    }
}
