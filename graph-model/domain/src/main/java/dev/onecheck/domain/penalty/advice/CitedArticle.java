package dev.onecheck.domain.penalty.advice;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An article a violation cites (违法条款 or 处罚条款), in every version its law has had, oldest first. {@code linked}
 * is the version the violation was loaded against — the one its 裁量基准 is written for; {@code paragraph} the 款
 * cited (0: the whole article).
 */
public record CitedArticle(String citation, int paragraph, ProvisionVersion linked, List<ProvisionVersion> versions) {

    public CitedArticle {
        versions = versions.stream().sorted(Comparator.comparing(ProvisionVersion::effectiveFrom)).toList();
        if (!versions.contains(linked)) {
            throw new IllegalArgumentException(citation + ": the linked version is not among its versions");
        }
    }

    /** The version in force on {@code date}, or the linked one when none was (the law lapsed, say). */
    public ProvisionVersion versionOn(LocalDate date) {
        return versions.stream().filter(v -> v.inForceOn(date)).findFirst().orElse(linked);
    }

    /** The short title of the article's law (食品安全法). */
    public String law() {
        String lawId = linked.provision().lawId();
        return lawId.substring(0, lawId.indexOf('@'));
    }

    public LocalDate firstInForce() {
        return versions.getFirst().effectiveFrom();
    }

    /** The text of the cited 款 of a version, or the whole article. */
    public String text(ProvisionVersion version) {
        List<String> paragraphs = version.provision().paragraphs();
        return paragraph > 0 && paragraph <= paragraphs.size() ? paragraphs.get(paragraph - 1) : version.provision().text();
    }
}
