package dev.onecheck.domain.supervision;

import java.time.LocalDate;

/** One 统计周期, both days included; the label is how a report names it (2026-03, 2026-Q1, 2026). */
public record Period(LocalDate from, LocalDate to, String label) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
