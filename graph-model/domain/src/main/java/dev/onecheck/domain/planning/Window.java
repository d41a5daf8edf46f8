package dev.onecheck.domain.planning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** 检查时间范围: the days, both included, in which an inspection may take place. */
public record Window(LocalDate from, LocalDate to) {

    public Window {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a window needs both a first and a last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a window cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The days both windows share, if any: two visits can become one only inside them. */
    public Optional<Window> overlap(Window other) {
        LocalDate start = from.isAfter(other.from) ? from : other.from;
        LocalDate end = to.isBefore(other.to) ? to : other.to;
        return end.isBefore(start) ? Optional.empty() : Optional.of(new Window(start, end));
    }

    /** Caps count an inspection in the month and year it may start. */
    public YearMonth month() {
        return YearMonth.from(from);
    }

    public int year() {
        return from.getYear();
    }
}
