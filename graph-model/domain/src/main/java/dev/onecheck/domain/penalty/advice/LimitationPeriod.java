package dev.onecheck.domain.penalty.advice;

import java.time.LocalDate;
import java.util.Set;

/**
 * 追责时效, 行政处罚法 第三十六条: two years from the act (from its end when it continued), five where it concerns
 * life and health or financial safety (生命健康安全、金融安全) and caused harm. Which enforcement domains concern
 * life, health or finance is the city's reading, kept here in one place.
 */
record LimitationPeriod(int years, String reason) {

    static final Set<String> LIFE_HEALTH_FINANCE = Set.of("食品安全", "药品安全", "医疗器械", "安全生产", "消防安全", "烟花爆竹",
            "特种设备", "金融");

    static LimitationPeriod of(String domain, Harm harm) {
        if (LIFE_HEALTH_FINANCE.contains(domain) && harm != Harm.NONE) {
            return new LimitationPeriod(5, "“" + domain + "”涉及公民生命健康安全或者金融安全，且有危害后果，时效为五年");
        }
        return new LimitationPeriod(2, LIFE_HEALTH_FINANCE.contains(domain) ? "没有危害后果，时效为二年" : "时效为二年");
    }

    LocalDate lastDay(ViolationFacts facts) {
        return facts.actEndedOn().plusYears(years);
    }

    boolean expired(ViolationFacts facts) {
        return facts.discoveredOn().isAfter(lastDay(facts));
    }
}
