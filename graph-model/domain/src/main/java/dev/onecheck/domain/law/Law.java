package dev.onecheck.domain.law;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of a legal text (法律法规). Versions of one law share {@code shortTitle} and differ in
 * {@code versionDate}; {@code id} is {@code shortTitle@versionDate}. {@code effectiveFrom} is the date the text
 * says it takes effect (自…起施行), else the version date. {@code hash} identifies the exact source text.
 */
public record Law(String id, String title, String shortTitle, LawLevel level, String category, LocalDate versionDate,
                  LocalDate effectiveFrom, List<String> history, String hash) {

    public Law {
        history = List.copyOf(history);
    }

    public static String id(String shortTitle, LocalDate versionDate) {
        return shortTitle + "@" + versionDate;
    }
}
