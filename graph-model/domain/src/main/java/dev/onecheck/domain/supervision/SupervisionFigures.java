package dev.onecheck.domain.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.onecheck.domain.supervision.SupervisionFacts.Occurrence;
import dev.onecheck.domain.supervision.SupervisionFacts.TaskFact;
import dev.onecheck.domain.supervision.SupervisionFacts.VisitFact;
import dev.onecheck.domain.supervision.SupervisionRow.VisitCount;

/**
 * 评价监督: groups the graph's facts into the periods of a range and the departments asked for, and counts each
 * indicator of {@link SupervisionRow}. Facts outside the range are ignored. Repeat-inspection warnings look at calendar
 * months whatever the granularity, since the cap (同一企业同一月内接受检查不超过 N 次) is monthly, and at every
 * department's visits, since a firm is over the cap however the visits were shared out.
 */
public final class SupervisionFigures {

    private record Cell(Period period, String department) {
    }

    private record FirmMonth(String uscc, YearMonth month) {
    }

    private final MetricsRange range;
    private final SupervisionFacts facts;
    private final Set<FirmMonth> overCap = new HashSet<>();
    private final Set<FirmMonth> severalDepartments = new HashSet<>();

    private SupervisionFigures(MetricsRange range, SupervisionFacts facts, int monthlyCap) {
        this.range = range;
        this.facts = facts;
        Map<FirmMonth, List<VisitFact>> byMonth = facts.visits().stream().filter(v -> inRange(v.day()))
                .collect(Collectors.groupingBy(v -> new FirmMonth(v.uscc(), YearMonth.from(v.day()))));
        byMonth.forEach((firmMonth, visits) -> {
            if (visits.size() >= monthlyCap) {
                overCap.add(firmMonth);
            }
            if (visits.size() > 1 && visits.stream().flatMap(v -> v.departments().stream()).distinct().count() > 1) {
                severalDepartments.add(firmMonth);
            }
        });
    }

    /** One row per period of the range and department of the facts, periods first; {@code monthlyCap} is the city's. */
    public static List<SupervisionRow> of(MetricsRange range, SupervisionFacts facts, int monthlyCap) {
        if (monthlyCap < 1) {
            throw new IllegalArgumentException("the monthly cap is at least 1, got " + monthlyCap);
        }
        return new SupervisionFigures(range, facts, monthlyCap).rows();
    }

    private List<SupervisionRow> rows() {
        Map<Cell, List<TaskFact>> tasks = byCell(facts.tasks(), TaskFact::day, TaskFact::department);
        Map<Cell, List<Occurrence>> rectifications = byCell(facts.rectifications(), Occurrence::day, Occurrence::department);
        Map<Cell, List<Occurrence>> clues = byCell(facts.clues(), Occurrence::day, Occurrence::department);
        Map<Cell, List<VisitFact>> visits = new HashMap<>();
        for (VisitFact v : facts.visits()) {
            if (inRange(v.day())) {
                for (String department : v.departments()) {
                    visits.computeIfAbsent(new Cell(range.granularity().periodOf(v.day()), department), c -> new ArrayList<>()).add(v);
                }
            }
        }
        Map<Cell, Set<String>> accounts = facts.activity().stream().filter(a -> inRange(a.day())).collect(Collectors.groupingBy(
                a -> new Cell(range.granularity().periodOf(a.day()), a.department()), Collectors.mapping(SupervisionFacts.Activity::account, Collectors.toSet())));
        Set<SupervisionFacts.PlanFiled> plans = Set.copyOf(facts.annualPlans());
        List<SupervisionRow> rows = new ArrayList<>();
        for (Period period : range.periods()) {
            for (String department : facts.departments()) {
                Cell cell = new Cell(period, department);
                List<TaskFact> done = tasks.getOrDefault(cell, List.of());
                List<VisitFact> visited = visits.getOrDefault(cell, List.of());
                long inScope = facts.firmsInScope().getOrDefault(department, 0L);
                List<VisitFact> due = visited.stream().filter(VisitFact::due).toList();
                Set<String> firms = visited.stream().map(VisitFact::uscc).collect(Collectors.toSet());
                rows.add(new SupervisionRow(period, department,
                        new Ratio(done.stream().filter(TaskFact::supervised).map(TaskFact::uscc).distinct().count(), inScope),
                        share(done, TaskFact::problemFound),
                        share(rectifications.getOrDefault(cell, List.of()), Occurrence::counted),
                        share(clues.getOrDefault(cell, List.of()), Occurrence::counted),
                        share(done, TaskFact::publishedInTime),
                        share(visited, VisitFact::joint),
                        share(due, VisitFact::codePresented),
                        new Ratio(plans.contains(new SupervisionFacts.PlanFiled(department, period.from().getYear())) ? 1 : 0, 1),
                        new Ratio(warned(visited, overCap), firms.size()),
                        new Ratio(warned(visited, severalDepartments), firms.size()),
                        distribution(visited, inScope),
                        accounts.getOrDefault(cell, Set.of()).size()));
            }
        }
        return rows;
    }

    private boolean inRange(LocalDate day) {
        return !day.isBefore(range.from()) && !day.isAfter(range.to());
    }

    private <T> Map<Cell, List<T>> byCell(Collection<T> facts, Function<T, LocalDate> day, Function<T, String> department) {
        return facts.stream().filter(f -> inRange(day.apply(f)))
                .collect(Collectors.groupingBy(f -> new Cell(range.granularity().periodOf(day.apply(f)), department.apply(f))));
    }

    private static <T> Ratio share(List<T> all, Predicate<T> counted) {
        return new Ratio(all.stream().filter(counted).count(), all.size());
    }

    /** Firms whose visits by the department fall in a warned month. */
    private static long warned(List<VisitFact> visited, Set<FirmMonth> warnings) {
        return visited.stream().map(v -> new FirmMonth(v.uscc(), YearMonth.from(v.day()))).filter(warnings::contains)
                .map(FirmMonth::uscc).distinct().count();
    }

    /** 企业检查频次: firms by how often the department visited them; firms in scope it did not visit count as 0. */
    private static List<VisitCount> distribution(List<VisitFact> visited, long inScope) {
        Map<String, Long> perFirm = visited.stream().collect(Collectors.groupingBy(VisitFact::uscc, Collectors.counting()));
        TreeMap<Integer, Long> buckets = new TreeMap<>();
        buckets.put(0, Math.max(0, inScope - perFirm.size()));
        perFirm.values().forEach(n -> buckets.merge(n.intValue(), 1L, Long::sum));
        return buckets.entrySet().stream().map(e -> new VisitCount(e.getKey(), e.getValue())).toList();
    }
}
