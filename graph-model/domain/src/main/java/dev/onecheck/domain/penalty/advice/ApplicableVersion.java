package dev.onecheck.domain.penalty.advice;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 从旧兼从轻, 行政处罚法 第三十七条: "实施行政处罚，适用违法行为发生时的法律、法规、规章的规定。但是，作出行政处罚决定时，
 * 法律、法规、规章已被修改或者废止，且新的规定处罚较轻或者不认为是违法的，适用新的规定。" The penalty article in the
 * version in force when the act happened (ended), unless the version in force at the decision punishes more lightly:
 * lighter is judged on the kinds of penalty both texts impose on these facts (第九条; a kind the new text adds makes it
 * heavier, one it drops lighter), then on the statutory ranges (the heavier maximum first, then the minimum). The
 * versions compared are counterparts ({@link CitedArticle}); where the decision's version has none of the penalty
 * article or of a violated article, the finding says so — the new law may no longer punish the act (不认为是违法).
 */
record ApplicableVersion(ProvisionVersion version, LocalDate asOf, String finding) {

    static ApplicableVersion of(CitedArticle article, List<CitedArticle> violated, ViolationFacts facts) {
        LocalDate acted = facts.actEndedOn();
        ProvisionVersion then = article.versionOn(acted);
        String when = "违法行为发生时（" + acted + "）施行" + name(then) + merged(article, then, acted);
        String dropped = dropped(violated, acted, facts.decidedOn());
        Optional<CitedArticle.Unmatched> gone = article.unmatchedOn(facts.decidedOn());
        if (gone.isPresent()) {
            return new ApplicableVersion(then, acted, when + "；作出决定时施行的" + gone.get().name() + "中没有与该条对应的条文（条文比对未找到"
                    + "相似度足够的条文），如新的规定不再处罚该行为（不认为是违法），应当适用新的规定，请核对；以下按违法行为发生时的规定给出" + dropped);
        }
        ProvisionVersion now = article.versionOn(facts.decidedOn());
        if (then.equals(now)) {
            return new ApplicableVersion(then, acted, when + "，作出决定时仍是该版本，适用之" + dropped);
        }
        when += "，作出决定时施行" + name(now) + (now.provision().article() == then.provision().article() ? ""
                : "（条文序号由" + then.provision().label() + "调整为" + now.provision().label() + "）");
        EnumSet<PenaltyKind> oldKinds = PenaltyKind.imposedBy(article.text(then), facts);
        EnumSet<PenaltyKind> newKinds = PenaltyKind.imposedBy(article.text(now), facts);
        EnumSet<PenaltyKind> added = EnumSet.copyOf(newKinds);
        added.removeAll(oldKinds);
        EnumSet<PenaltyKind> removed = EnumSet.copyOf(oldKinds);
        removed.removeAll(newKinds);
        Optional<YuanRange> old = StatutoryFines.rangeFor(article.text(then), facts);
        Optional<YuanRange> current = StatutoryFines.rangeFor(article.text(now), facts);
        String ranges = old.isPresent() && current.isPresent() ? "（新版" + current.get() + "，旧版" + old.get() + "）" : "";
        String fewer = removed.isEmpty() ? "" : "，新版不再规定" + labels(removed);
        if (!added.isEmpty()) {
            return new ApplicableVersion(then, acted, when + "；新版增加了" + labels(added) + ranges + "，处罚不轻于旧版，适用违法行为发生时的规定"
                    + dropped);
        }
        if (old.isEmpty() || current.isEmpty()) {
            if (!removed.isEmpty() && old.isEmpty() && current.isEmpty()) {
                return new ApplicableVersion(now, facts.decidedOn(), when + "；两版均不处罚款" + fewer + "，处罚较轻，适用新版" + dropped);
            }
            return new ApplicableVersion(then, acted, when + "；未能从条文读出两版对本案的罚款幅度" + fewer
                    + "，依从旧原则适用旧版，请核对新版是否处罚较轻" + dropped);
        }
        if (old.get().lighterThan(current.get())) {
            return new ApplicableVersion(then, acted, when + "；新版处罚不轻于旧版" + ranges + (removed.isEmpty() ? "" : "，虽然" + fewer.substring(1))
                    + "，适用违法行为发生时的规定" + dropped);
        }
        if (current.get().lighterThan(old.get()) || !removed.isEmpty()) {
            return new ApplicableVersion(now, facts.decidedOn(), when + "；新版处罚较轻" + ranges + fewer + "，适用新版" + dropped);
        }
        return new ApplicableVersion(then, acted, when + "；新版处罚不轻于旧版" + ranges + "，适用违法行为发生时的规定" + dropped);
    }

    /**
     * Where an amendment merged several articles into one (会计法 2017 第四十三条 伪造… and 第四十四条 隐匿… became 2024
     * 第四十一条), the older version has several counterparts: which one the act falls under is the officer's reading.
     */
    private static String merged(CitedArticle article, ProvisionVersion then, LocalDate acted) {
        List<ProvisionVersion> all = article.versionsOn(acted);
        if (all.size() < 2) {
            return "";
        }
        return "（修改后合并为一条，该版中对应的条文有" + all.stream().map(v -> v.provision().label()).collect(Collectors.joining("、"))
                + "，以下按" + then.provision().label() + "比较，请按违法行为核对所适用的条文）";
    }

    /**
     * The assumption an answer rests on when a version compared is a 修改 whose own day of entry into force no source
     * confirms and the day it is judged on lies within {@link ProvisionVersion#UNCONFIRMED_MONTHS} months after the
     * adoption day taken instead: the decision may have set a later day (本决定自2021年9月1日起施行), so the act or the
     * decision may fall under the previous version.
     */
    static Optional<String> unconfirmedCommencement(CitedArticle article, ViolationFacts facts) {
        List<String> found = new java.util.ArrayList<>();
        for (LocalDate day : List.of(facts.actEndedOn(), facts.decidedOn())) {
            ProvisionVersion v = article.versionOn(day);
            String what = day.equals(facts.actEndedOn()) ? "违法行为发生时（" + day + "）" : "作出决定时（" + day + "）";
            if (v.possiblyNotYetInForceOn(day) && found.stream().noneMatch(f -> f.contains(name(v)))) {
                found.add(what + "按" + name(v) + "给出；该版为修改后的文本，修正决定的施行日期未经核实，按通过日期（" + v.effectiveFrom()
                        + "）起算，如决定另定施行日期，" + day + "可能仍适用修改前的规定；请核对");
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join("；", found));
    }

    /** A violated article with no counterpart at the decision: the act may no longer be unlawful. */
    private static String dropped(List<CitedArticle> violated, LocalDate acted, LocalDate decided) {
        return violated.stream().filter(v -> v.unmatchedOn(acted).isEmpty()).flatMap(v -> v.unmatchedOn(decided)
                        .map(u -> "；违法条款" + v.citation() + "在作出决定时施行的" + u.name() + "中没有对应条文，如新的规定不认为是违法，"
                                + "应当适用新的规定，请核对").stream())
                .collect(Collectors.joining());
    }

    private static String labels(Set<PenaltyKind> kinds) {
        return kinds.stream().map(PenaltyKind::label).collect(Collectors.joining("、"));
    }

    /** 《食品安全法》（2015-04-24版）第一百二十二条 */
    static String name(ProvisionVersion version) {
        String lawId = version.provision().lawId();
        int at = lawId.indexOf('@');
        return "《" + lawId.substring(0, at) + "》（" + lawId.substring(at + 1) + "版）" + version.provision().label();
    }
}
