package dev.onecheck.domain.penalty.advice;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 从旧兼从轻, 行政处罚法 第三十七条: the penalty article in the version in force when the act happened (ended),
 * unless the version in force at the decision punishes more lightly. Lighter is judged on the statutory ranges
 * both texts prescribe for these facts (the heavier maximum first, then the minimum).
 */
record ApplicableVersion(ProvisionVersion version, LocalDate asOf, String finding) {

    static ApplicableVersion of(CitedArticle article, ViolationFacts facts) {
        LocalDate acted = facts.actEndedOn();
        ProvisionVersion then = article.versionOn(acted);
        ProvisionVersion now = article.versionOn(facts.decidedOn());
        String when = "违法行为发生时（" + acted + "）施行" + name(then);
        if (then.equals(now)) {
            return new ApplicableVersion(then, acted, when + "，作出决定时仍是该版本，适用之");
        }
        when += "，作出决定时施行" + name(now);
        Optional<YuanRange> old = StatutoryFines.rangeFor(article.text(then), facts);
        Optional<YuanRange> current = StatutoryFines.rangeFor(article.text(now), facts);
        if (old.isEmpty() || current.isEmpty()) {
            return new ApplicableVersion(then, acted, when + "；未能从条文读出两版对本案的罚款幅度，依从旧原则适用旧版，"
                    + "请核对新版是否处罚较轻");
        }
        String ranges = "（新版" + current.get() + "，旧版" + old.get() + "）";
        if (current.get().lighterThan(old.get())) {
            return new ApplicableVersion(now, facts.decidedOn(), when + "；新版处罚较轻" + ranges + "，适用新版");
        }
        return new ApplicableVersion(then, acted, when + "；新版处罚不轻于旧版" + ranges + "，适用违法行为发生时的规定");
    }

    /** 《食品安全法》（2015-04-24版）第一百二十二条 */
    static String name(ProvisionVersion version) {
        String lawId = version.provision().lawId();
        int at = lawId.indexOf('@');
        return "《" + lawId.substring(0, at) + "》（" + lawId.substring(at + 1) + "版）" + version.provision().label();
    }
}
