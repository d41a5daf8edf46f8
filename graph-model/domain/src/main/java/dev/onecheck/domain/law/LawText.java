package dev.onecheck.domain.law;

import java.time.LocalDate;
import java.util.List;

/** A parsed law file: the law version and its articles. */
public record LawText(Law law, List<Provision> provisions) {

    public LawText {
        provisions = List.copyOf(provisions);
    }

    /**
     * This version taking effect on {@code date} instead of the date read from the file: a 修正决定 that set its own
     * day (关于修改《中华人民共和国安全生产法》的决定："本决定自2021年9月1日起施行") leaves no trace in the amended text.
     * The day is then confirmed, no longer assumed.
     */
    public LawText takingEffect(LocalDate date) {
        if (date.isBefore(law.versionDate())) {
            throw new IllegalArgumentException(law.id() + ": an amendment cannot take effect (" + date + ") before it was adopted");
        }
        return new LawText(new Law(law.id(), law.title(), law.shortTitle(), law.level(), law.category(), law.versionDate(), date,
                law.history(), law.hash(), false), provisions);
    }
}
