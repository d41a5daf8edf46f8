package dev.onecheck.domain.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import dev.onecheck.domain.planning.PlanningRefusal;
import dev.onecheck.domain.planning.Problem;

/**
 * The days a supervision report covers, cut into whole periods: {@code from} is moved back to the start of its
 * period and {@code to} on to the end of its, so a period is never counted in part. At most {@link #MAX_PERIODS}
 * periods, which bounds both the reading and the answer.
 */
public record MetricsRange(LocalDate from, LocalDate to, Granularity granularity, List<Period> periods) {

    public static final int MAX_PERIODS = 36;

    public MetricsRange {
        periods = List.copyOf(periods);
    }

    /** Checks the filter's days (ISO dates) and granularity; a wrong one is refused naming {@code filter.<field>}. */
    public static MetricsRange of(String from, String to, Granularity granularity) {
        List<Problem> problems = new ArrayList<>();
        LocalDate first = day("filter.from", from, problems);
        LocalDate last = day("filter.to", to, problems);
        if (granularity == null) {
            problems.add(new Problem("filter.granularity", "is required: MONTH, QUARTER or YEAR"));
        }
        if (first != null && last != null && last.isBefore(first)) {
            problems.add(new Problem("filter.to", "is before filter.from (" + to + " < " + from + ")"));
        }
        if (!problems.isEmpty()) {
            throw PlanningRefusal.invalid(problems);
        }
        List<Period> periods = new ArrayList<>();
        for (Period p = granularity.periodOf(first); !p.from().isAfter(last); p = granularity.periodOf(p.to().plusDays(1))) {
            if (periods.size() == MAX_PERIODS) {
                throw PlanningRefusal.invalid("filter.to", "the range holds more than " + MAX_PERIODS + " " + granularity
                        + " periods; ask for a shorter range or a coarser granularity");
            }
            periods.add(p);
        }
        return new MetricsRange(periods.getFirst().from(), periods.getLast().to(), granularity, periods);
    }

    private static LocalDate day(String field, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new Problem(field, "is required (YYYY-MM-DD)"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "is not a day (YYYY-MM-DD): " + text));
            return null;
        }
    }
}
