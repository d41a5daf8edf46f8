package dev.onecheck.domain.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the graph holds for a supervision report, one small fact per thing counted; {@link SupervisionFigures} groups
 * them into periods and departments. Every day is a day of the city (Asia/Shanghai).
 *
 * @param departments    the departments to report on, one row each per period
 * @param firmsInScope   监管对象: firms each department supervises (in the region asked for)
 * @param tasks          检查任务 whose results were recorded, on the day they were recorded
 * @param rectifications 责令整改, on the day each was ordered
 * @param clues          线索分办: one per department a clue was routed to, on the day it was routed
 * @param visits         入企检查, on the first day of their window
 * @param annualPlans    年度检查计划 filed, by department and the year of their window
 * @param activity       留痕 of the department's accounts, one per account and day
 */
public record SupervisionFacts(List<String> departments, Map<String, Long> firmsInScope, List<TaskFact> tasks, List<Occurrence> rectifications,
                               List<Occurrence> clues, List<VisitFact> visits, List<PlanFiled> annualPlans, List<Activity> activity) {

    public SupervisionFacts {
        departments = List.copyOf(departments);
        firmsInScope = Map.copyOf(firmsInScope);
        tasks = List.copyOf(tasks);
        rectifications = List.copyOf(rectifications);
        clues = List.copyOf(clues);
        visits = List.copyOf(visits);
        annualPlans = List.copyOf(annualPlans);
        activity = List.copyOf(activity);
    }

    /**
     * A department's task with its results: whether the firm is one it supervises (覆盖率 counts only those), whether
     * a problem was found (发现问题), and whether the results were published (公示) within the configured period.
     */
    public record TaskFact(String department, String uscc, LocalDate day, boolean supervised, boolean problemFound, boolean publishedInTime) {
    }

    /** One thing a department answers for, and whether it counts in the numerator (closed on time, disposed …). */
    public record Occurrence(String department, LocalDate day, boolean counted) {
    }

    /**
     * A visit: its firm, the departments in it (more than one: 联合检查), whether it is due — carried out, or its
     * window over — and whether results were recorded with its 行政行为码 (亮码入企).
     */
    public record VisitFact(String uscc, LocalDate day, List<String> departments, boolean due, boolean codePresented) {

        public VisitFact {
            departments = List.copyOf(departments);
        }

        public boolean joint() {
            return departments.size() > 1;
        }
    }

    public record PlanFiled(String department, int year) {
    }

    public record Activity(String department, String account, LocalDate day) {
    }
}
