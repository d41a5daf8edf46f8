package dev.onecheck.domain.penalty.advice;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.onecheck.domain.law.LawLevel;

/**
 * 追责时效, 行政处罚法 第三十六条: "违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果
 * 的，上述期限延长至五年。法律另有规定的除外。" The five years follow the act (the officer's {@code lifeHealthOrFinance}),
 * not the violation's domain; the period runs from the act's end. Discovery is never after the decision, so an act
 * decided within the period needs no {@code discoveredOn}; otherwise the facts it turns on are required, never assumed.
 */
record LimitationPeriod(boolean expired, String finding) {

    /**
     * 法律另有规定. 《税收征收管理法》第八十六条 covers "违反税收法律、行政法规应当给予行政处罚的行为" — any tax law or tax
     * 行政法规 the act violates or is penalised under (发票管理办法, 税收征收管理法实施细则, 增值税暂行条例 …), not that law
     * alone; a 规章 is neither. A tax text is one whose title names a tax (…税法, …税暂行条例, 税收…) or 发票 — 保税 (customs
     * bonds) is not a tax.
     */
    private static final Special TAX = new Special(Period.ofYears(5), "《税收征收管理法》第八十六条：违反税收法律、行政法规应当给予行政处罚的行为，"
            + "在五年内未被发现的，不再给予行政处罚");
    private static final Pattern TAX_TITLE = Pattern.compile("(?<!保)税|发票");
    /** 《治安管理处罚法》第二十二条 covers 违反治安管理行为, which that law alone defines. */
    private static final Map<String, Special> SPECIAL = Map.of(
            "治安管理处罚法", new Special(Period.ofMonths(6), "《治安管理处罚法》第二十二条：违反治安管理行为在六个月内没有被公安机关发现的，"
                    + "不再处罚"));
    private static final Period TWO_YEARS = Period.ofYears(2);
    private static final Period FIVE_YEARS = Period.ofYears(5);

    private record Special(Period period, String text) {
    }

    private static boolean taxLawOrRegulation(CitedArticle article) {
        return TAX_TITLE.matcher(article.law()).find()
                && (article.level() == null || article.level() == LawLevel.LAW || article.level() == LawLevel.ADMINISTRATIVE_REGULATION);
    }

    static LimitationPeriod of(AdviceBasis basis, ViolationFacts facts) {
        LocalDate ended = facts.actEndedOn();
        // Discovery lies between the act and the decision: the decision date bounds it when it is not given.
        LocalDate latest = facts.discoveredOn() == null ? facts.decidedOn() : facts.discoveredOn();
        List<CitedArticle> cited = Stream.concat(basis.violated().stream(), basis.penalties().stream()).toList();
        Special special = cited.stream().anyMatch(LimitationPeriod::taxLawOrRegulation) ? TAX
                : SPECIAL.get(basis.penalties().getFirst().law());
        Period period;
        String reason;
        if (special != null) {
            period = special.period();
            reason = "法律另有规定，" + special.text();
        } else if (!latest.isAfter(ended.plus(TWO_YEARS)) || facts.harm() == Harm.NONE || facts.harm() == null
                && Boolean.FALSE.equals(facts.lifeHealthOrFinance())) {
            period = TWO_YEARS;
            reason = facts.harm() == Harm.NONE ? "没有危害后果，时效为二年"
                    : facts.harm() == null && latest.isAfter(ended.plus(TWO_YEARS)) ? "违法行为不涉及公民生命健康安全、金融安全，时效为二年" : "时效为二年";
        } else if (facts.harm() == null && (facts.discoveredOn() == null || !facts.discoveredOn().isAfter(ended.plus(FIVE_YEARS)))) {
            // Not given is not 没有危害后果: the five years of 第三十六条 turn on it.
            throw new InvalidFactException("harm", "is needed: the act ended on " + ended + " and was not decided within two years; "
                    + "第三十六条 extends the period to five years where the act 涉及公民生命健康安全、金融安全且有危害后果");
        } else if (facts.discoveredOn() != null && facts.discoveredOn().isAfter(ended.plus(FIVE_YEARS))) {
            period = FIVE_YEARS;
            reason = "即使涉及公民生命健康安全、金融安全，时效也只有五年";
        } else if (facts.lifeHealthOrFinance() == null) {
            throw new InvalidFactException("lifeHealthOrFinance", "is needed: the act ended on " + ended + " and was not decided within "
                    + "two years, and it caused harm; 第三十六条 extends the period to five years only where the act 涉及公民生命健康安全、"
                    + "金融安全且有危害后果");
        } else if (facts.lifeHealthOrFinance()) {
            period = FIVE_YEARS;
            reason = "违法行为涉及公民生命健康安全、金融安全且有危害后果，时效延长至五年";
        } else {
            period = TWO_YEARS;
            reason = "违法行为不涉及公民生命健康安全、金融安全，时效为二年";
        }
        LocalDate lastDay = ended.plus(period);
        String from = "；违法行为" + (facts.endedOn() == null ? "发生于" : "终了于") + ended;
        if (!latest.isAfter(lastDay)) {
            return new LimitationPeriod(false, reason + from + (facts.discoveredOn() == null
                    ? "，作出决定之日" + facts.decidedOn() + "未超过" + lastDay + "，发现之日不晚于决定之日，未超过时效"
                    : "，" + facts.discoveredOn() + "发现，未超过" + lastDay));
        }
        if (facts.discoveredOn() == null) {
            throw new InvalidFactException("discoveredOn", "is needed: the decision date " + facts.decidedOn() + " is after " + lastDay
                    + ", the last day of the limitation period (" + reason + "); whether the act is time-barred depends on when it "
                    + "was discovered");
        }
        return new LimitationPeriod(true, reason + from + "，至" + lastDay + "未被发现（发现于" + facts.discoveredOn() + "），不再给予行政处罚");
    }
}
