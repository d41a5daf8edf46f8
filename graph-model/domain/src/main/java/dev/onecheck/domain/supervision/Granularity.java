package dev.onecheck.domain.supervision;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

import dev.onecheck.domain.planning.PlanningRefusal;

/** 统计周期: the reports officers send are monthly (月报), quarterly (季报) and yearly (年报). */
public enum Granularity {
    MONTH,
    QUARTER,
    YEAR;

    /** A granularity by name, as a request parameter gives it; none is null (MetricsRange says it is required). */
    public static Granularity named(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlanningRefusal.invalid("filter.granularity", "is MONTH, QUARTER or YEAR, not " + name);
        }
    }

    /** The period a day falls in. */
    public Period periodOf(LocalDate day) {
        return switch (this) {
            case MONTH -> new Period(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()),
                    "%d-%02d".formatted(day.getYear(), day.getMonthValue()));
            case QUARTER -> {
                int quarter = day.get(IsoFields.QUARTER_OF_YEAR);
                LocalDate first = LocalDate.of(day.getYear(), 3 * quarter - 2, 1);
                LocalDate last = first.plusMonths(3).minusDays(1);
                yield new Period(first, last, "%d-Q%d".formatted(day.getYear(), quarter));
            }
            case YEAR -> new Period(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()), Integer.toString(day.getYear()));
        };
    }
}
