package dev.onecheck.domain.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.onecheck.domain.subject.RiskLevel;

/**
 * What a plan must satisfy to be filed (备案). Ad-hoc inspections are filed {@link CityPolicy#adHocLeadDays()}
 * days ahead (计划外的检查要提前5日报备) unless a complaint, referral or special action triggers them.
 */
public final class FilingRules {

    private FilingRules() {
    }

    public static List<Problem> problems(PlanDraft plan, LocalDate today, CityPolicy policy) {
        List<Problem> problems = new ArrayList<>();
        if (plan.title() == null || plan.title().isBlank()) {
            problems.add(new Problem("title", "must name the plan (计划名称)"));
        }
        if (plan.items().isEmpty() && plan.scenario() == null) {
            problems.add(new Problem("items", "name the items to check (检查事项) or a scenario"));
        }
        if (plan.domain() == null || plan.domain().isBlank()) {
            problems.add(new Problem("domain", "must name the 执法领域 the inspecting officers hold"));
        }
        if (plan.participants().contains(plan.department())) {
            problems.add(new Problem("participants", "lists the filing department itself; name the other departments"));
        }
        problems.addAll(timing(plan, today, policy));
        problems.addAll(ratios(plan.ratios()));
        return problems;
    }

    private static List<Problem> timing(PlanDraft plan, LocalDate today, CityPolicy policy) {
        List<Problem> problems = new ArrayList<>();
        Window window = plan.window();
        if (window.from().isBefore(today)) {
            problems.add(new Problem("window.from", "lies in the past (" + window.from() + " < " + today + ")"));
        }
        if (plan.kind() == PlanKind.ANNUAL) {
            if (plan.trigger().triggered()) {
                problems.add(new Problem("trigger", "an annual plan is routine; complaints, referrals and special actions are ad-hoc"));
            }
            if (window.from().getYear() != window.to().getYear()) {
                problems.add(new Problem("window", "an annual plan lies within one calendar year"));
            }
        } else if (!plan.trigger().triggered() && window.from().isBefore(today.plusDays(policy.adHocLeadDays()))) {
            problems.add(new Problem("window.from", "临时检查须提前%d日报备: an ad-hoc inspection filed on %s starts %s at the earliest, unless a complaint, referral or special action triggers it"
                    .formatted(policy.adHocLeadDays(), today, today.plusDays(policy.adHocLeadDays()))));
        }
        return problems;
    }

    private static List<Problem> ratios(List<SamplingRatio> ratios) {
        List<Problem> problems = new ArrayList<>();
        if (ratios.isEmpty()) {
            problems.add(new Problem("ratios", "give at least one sampling ratio (抽查比例) per risk tier to draw from"));
        }
        Set<RiskLevel> seen = EnumSet.noneOf(RiskLevel.class);
        for (int i = 0; i < ratios.size(); i++) {
            SamplingRatio ratio = ratios.get(i);
            if (!ratio.valid()) {
                problems.add(new Problem("ratios[" + i + "].percent", "must be above 0 and at most 100"));
            } else if (!seen.add(ratio.risk())) {
                problems.add(new Problem("ratios[" + i + "].risk", "repeats the tier " + ratio.risk()));
            }
        }
        return problems;
    }
}
