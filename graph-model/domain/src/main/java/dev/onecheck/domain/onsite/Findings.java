package dev.onecheck.domain.onsite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.onecheck.domain.planning.Problem;
import dev.onecheck.domain.text.TextLimits;
import dev.onecheck.domain.text.UserText;

/**
 * The rules a task's results follow before anything is written: one result per item of the task and none for
 * items it does not check; a problem names its violation; only a problem carries a rectification, whose
 * requirement is stated and whose deadline lies after the day of the visit; notes and requirements are free text of
 * bounded length ({@link TextLimits}) without control characters ({@link UserText}). Fields are named as the argument
 * {@code results[i].field}.
 */
public final class Findings {

    private Findings() {
    }

    public static List<Problem> problems(List<String> taskItems, List<ItemFinding> findings, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < findings.size(); i++) {
            ItemFinding f = findings.get(i);
            String at = "results[" + i + "].";
            if (!taskItems.contains(f.item())) {
                problems.add(new Problem(at + "item", f.item() + " is not an item of this task " + taskItems));
            } else if (!seen.add(f.item())) {
                problems.add(new Problem(at + "item", f.item() + " has a result already"));
            }
            if (f.outcome() == ItemOutcome.PROBLEM_FOUND && blank(f.violation())) {
                problems.add(new Problem(at + "violation", "a problem found names its violation (违法行为编码)"));
            }
            if (f.outcome() == ItemOutcome.NO_PROBLEM && (!blank(f.violation()) || f.rectification() != null || f.facts() != null)) {
                problems.add(new Problem(at + "outcome", "NO_PROBLEM carries no violation, rectification or penalty facts"));
            }
            UserText.problem(f.note(), TextLimits.STATEMENT).ifPresent(p -> problems.add(new Problem(at + "note", p)));
            if (f.rectification() != null) {
                UserText.problem(f.rectification().requirement(), TextLimits.REQUIREMENT)
                        .ifPresent(p -> problems.add(new Problem(at + "rectification.requirement", p)));
                if (blank(f.rectification().requirement())) {
                    problems.add(new Problem(at + "rectification.requirement", "state what is to be put right (整改要求)"));
                }
                if (!f.rectification().deadline().isAfter(today)) {
                    problems.add(new Problem(at + "rectification.deadline", "must lie after " + today + ", got " + f.rectification().deadline()));
                }
            }
        }
        taskItems.stream().filter(item -> !seen.contains(item)).forEach(item ->
                problems.add(new Problem("results", "item " + item + " has no result; record every item of the task at once")));
        return problems;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
