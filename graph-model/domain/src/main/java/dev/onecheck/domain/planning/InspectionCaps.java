package dev.onecheck.domain.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Decides whether one more department task may be put to a firm, given the firm's visits. A task that overlaps an
 * existing visit joins it (进一次门、查多项事), so it adds no visit to the monthly count; the per-item rules count
 * whenever the item is checked again.
 */
public final class InspectionCaps {

    /** The task about to be created: which department checks which items of which firm, when, and why. */
    public record Proposal(String department, List<String> items, Window window, Trigger trigger) {

        public Proposal {
            items = List.copyOf(items);
        }
    }

    private final CityPolicy policy;
    private final Function<String, List<String>> ancestors;

    /** @param ancestors a department's upper-level departments (上级部门), nearest first */
    public InspectionCaps(CityPolicy policy, Function<String, List<String>> ancestors) {
        this.policy = policy;
        this.ancestors = ancestors;
    }

    public List<CapBreach> breaches(Proposal task, boolean whiteListed, List<Visit> visits) {
        List<CapBreach> breaches = new ArrayList<>();
        if (whiteListed && !task.trigger().triggered()) {
            breaches.add(new CapBreach(CapRule.WHITE_LIST, null, "白名单企业非触发不检查: the firm is on the white list and no complaint, referral or special action triggers this task"));
        }
        boolean joinsAVisit = visits.stream().anyMatch(v -> v.window().overlap(task.window()).isPresent());
        long thisMonth = visits.stream().filter(v -> v.window().month().equals(task.window().month())).count();
        if (!joinsAVisit && thisMonth >= policy.perFirmPerMonth()) {
            breaches.add(new CapBreach(CapRule.MONTHLY, null, "同一企业同一月内接受检查不超过%d次: the firm already has %d visits in %s"
                    .formatted(policy.perFirmPerMonth(), thisMonth, task.window().month())));
        }
        List<Visit> thisYear = visits.stream().filter(v -> v.window().year() == task.window().year()).toList();
        List<String> upper = ancestors.apply(task.department());
        for (String item : task.items()) {
            long checked = thisYear.stream().filter(v -> v.checks(item)).count();
            if (checked >= policy.perFirmPerItemPerYear()) {
                breaches.add(new CapBreach(CapRule.ITEM_YEARLY, item, "同一企业同一事项全年接受检查不超过%d次: %s was checked %d times in %d"
                        .formatted(policy.perFirmPerItemPerYear(), item, checked, task.window().year())));
            }
            thisYear.stream().flatMap(v -> v.parts().stream())
                    .filter(p -> upper.contains(p.department()) && p.items().contains(item))
                    .findFirst()
                    .ifPresent(p -> breaches.add(new CapBreach(CapRule.UPPER_LEVEL, item, "结果互认: %s (上级部门) already checked %s in %d"
                            .formatted(p.department(), item, task.window().year()))));
        }
        return breaches;
    }
}
