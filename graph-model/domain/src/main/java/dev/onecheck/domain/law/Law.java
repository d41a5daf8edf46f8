package dev.onecheck.domain.law;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of a legal text (法律法规). Versions of one law share {@code shortTitle} and differ in
 * {@code versionDate}; {@code id} is {@code shortTitle@versionDate}. {@code effectiveFrom} is the date the text
 * says it takes effect (自…起施行), else the version date. {@code hash} identifies the exact source text.
 * {@code commencementAssumed}: the version is a 修正 whose decision's own day of entry into force is known to no
 * source, so {@code effectiveFrom} is the day the decision was adopted — the decision may have set a later day
 * (本决定自2021年9月1日起施行), and an act in the months after may still fall under the previous version.
 */
public record Law(String id, String title, String shortTitle, LawLevel level, String category, LocalDate versionDate,
                  LocalDate effectiveFrom, List<String> history, String hash, boolean commencementAssumed) {

    public Law {
        history = List.copyOf(history);
    }

    /** A version whose day of entry into force is the one its text or history states. */
    public Law(String id, String title, String shortTitle, LawLevel level, String category, LocalDate versionDate,
               LocalDate effectiveFrom, List<String> history, String hash) {
        this(id, title, shortTitle, level, category, versionDate, effectiveFrom, history, hash, false);
    }

    public static String id(String shortTitle, LocalDate versionDate) {
        return shortTitle + "@" + versionDate;
    }
}
