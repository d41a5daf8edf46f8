package dev.onecheck.domain.penalty.advice;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.onecheck.domain.law.LawLevel;
import dev.onecheck.domain.penalty.derive.ViolationDeriver;

/**
 * An article a violation cites (违法条款 or 处罚条款), in every version of its law that has a counterpart of it, oldest
 * first: the counterpart is the article that continues it across an amendment, whatever its number
 * ({@link dev.onecheck.domain.law.ArticleCorrespondence}); an older version may have several where an amendment merged
 * them into one. {@code unmatched} are the versions of the law with no
 * counterpart (the article was added later, deleted, or rewritten beyond recognition). {@code linked} is the version
 * the violation was loaded against — the one its 裁量基准 is written for; {@code paragraph} the 款 cited (0: the whole
 * article); {@code act} which of the acts the 款 punishes is the violation's ({@link ViolationDeriver#acts}, 1, 2 …; 0: the
 * whole 款) — a second act's fines are not the first's; {@code level} the 效力位阶 of its law (null: not known).
 */
public record CitedArticle(String citation, int paragraph, int act, ProvisionVersion linked, List<ProvisionVersion> versions,
                           List<Unmatched> unmatched, LawLevel level) {

    /** A version of the article's law, in force from {@code from} to {@code to} (null: still), without a counterpart. */
    public record Unmatched(String lawId, LocalDate from, LocalDate to) {

        boolean inForceOn(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }

        /** 《会计法》（2017-11-04版） */
        String name() {
            int at = lawId.indexOf('@');
            return "《" + lawId.substring(0, at) + "》（" + lawId.substring(at + 1) + "版）";
        }
    }

    public CitedArticle {
        versions = versions.stream().sorted(Comparator.comparing(ProvisionVersion::effectiveFrom)).toList();
        unmatched = List.copyOf(unmatched);
        if (!versions.contains(linked)) {
            throw new IllegalArgumentException(citation + ": the linked version is not among its versions");
        }
    }

    /** The whole 款 cited, of an article whose every version of its law has a counterpart, of a law whose level is not given. */
    public CitedArticle(String citation, int paragraph, ProvisionVersion linked, List<ProvisionVersion> versions) {
        this(citation, paragraph, linked, versions, List.of(), null);
    }

    /** The whole 款 cited. */
    public CitedArticle(String citation, int paragraph, ProvisionVersion linked, List<ProvisionVersion> versions,
                        List<Unmatched> unmatched, LawLevel level) {
        this(citation, paragraph, 0, linked, versions, unmatched, level);
    }

    /** The version in force on {@code date}, or the linked one when none was (the law lapsed, say). */
    public ProvisionVersion versionOn(LocalDate date) {
        return versions.stream().filter(v -> v.inForceOn(date)).findFirst().orElse(linked);
    }

    /** Every counterpart in force on {@code date}: more than one where an amendment merged them into this article. */
    List<ProvisionVersion> versionsOn(LocalDate date) {
        return versions.stream().filter(v -> v.inForceOn(date)).toList();
    }

    /** This article as the basis of a standard written for {@code version}: the range needs no rescaling into it. */
    CitedArticle linkedTo(ProvisionVersion version) {
        return new CitedArticle(citation, paragraph, act, version, versions, unmatched, level);
    }

    /** The version of the law in force on {@code date} when it has no counterpart of this article. */
    public Optional<Unmatched> unmatchedOn(LocalDate date) {
        return unmatched.stream().filter(u -> u.inForceOn(date)).findFirst();
    }

    /** The short title of the article's law (食品安全法). */
    public String law() {
        String lawId = linked.provision().lawId();
        return lawId.substring(0, lawId.indexOf('@'));
    }

    public LocalDate firstInForce() {
        return versions.getFirst().effectiveFrom();
    }

    /**
     * The text of the cited 款 of a version — of its act where one is cited and the version's 款 has it — or the whole
     * article; followed by the 款 that sets its fine where it imposes one by reference ("依照本条第二款的规定处以罚款",
     * {@link ViolationDeriver#withFineParagraph}).
     */
    public String text(ProvisionVersion version) {
        List<String> paragraphs = version.provision().paragraphs();
        if (paragraph <= 0 || paragraph > paragraphs.size()) {
            return version.provision().text();
        }
        String cited = paragraphs.get(paragraph - 1);
        List<String> acts = act > 0 ? ViolationDeriver.acts(cited.strip()) : List.of();
        return ViolationDeriver.withFineParagraph(paragraphs, paragraph, act > 0 && act <= acts.size() ? acts.get(act - 1) : cited);
    }
}
