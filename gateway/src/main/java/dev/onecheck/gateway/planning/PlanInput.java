package dev.onecheck.gateway.planning;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import dev.onecheck.domain.planning.PlanDraft;
import dev.onecheck.domain.planning.PlanKind;
import dev.onecheck.domain.planning.PlanScope;
import dev.onecheck.domain.planning.SamplingRatio;
import dev.onecheck.domain.planning.Trigger;
import dev.onecheck.domain.planning.Window;
import dev.onecheck.domain.subject.CreditLevel;
import dev.onecheck.domain.subject.RiskLevel;
import dev.onecheck.gateway.api.InvalidArgumentException;

/** The {@code PlanInput} argument of {@code filePlan}, bound by Spring for GraphQL. */
record PlanInput(PlanKind kind, Trigger trigger, String title, List<String> items, String scenario, Scope scope, List<Ratio> ratios,
                 Dates window, List<String> participants, String domain) {

    record Scope(String industry, String region, Set<CreditLevel> creditLevels) {
    }

    record Ratio(RiskLevel risk, double percent) {
    }

    record Dates(String from, String to) {
    }

    /** The draft the filing department (the caller's) files. */
    PlanDraft draft(String department) {
        Window days;
        try {
            days = new Window(day("from", window.from()), day("to", window.to()));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("input.window", e.getMessage());
        }
        return new PlanDraft(department, kind, trigger, title, items, scenario,
                new PlanScope(scope.industry(), scope.region(), scope.creditLevels()),
                ratios.stream().map(r -> SamplingRatio.percent(r.risk(), r.percent())).toList(), days, participants, domain);
    }

    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException("input.window." + field, "is not a day (YYYY-MM-DD): " + text);
        }
    }
}
