package dev.onecheck.gateway.onsite;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dev.onecheck.domain.onsite.ItemFinding;
import dev.onecheck.domain.onsite.ItemOutcome;
import dev.onecheck.domain.penalty.advice.InvalidFactException;
import dev.onecheck.domain.planning.PlanningRefusal;
import dev.onecheck.gateway.advice.ViolationFactsInput;

/** GraphQL input {@code ItemResultInput}; {@code index} names the argument {@code results[index]} in errors. */
record ItemResultInput(String item, ItemOutcome outcome, String violation, String note, RectificationInput rectification,
                       ViolationFactsInput facts) {

    record RectificationInput(String requirement, String deadline) {
    }

    ItemFinding finding(int index, LocalDate today) {
        ItemFinding.Rectification order = null;
        if (rectification != null) {
            try {
                order = new ItemFinding.Rectification(rectification.requirement(), LocalDate.parse(rectification.deadline()));
            } catch (DateTimeParseException e) {
                throw PlanningRefusal.invalid("results[" + index + "].rectification.deadline", "must be a date YYYY-MM-DD, got '" + rectification.deadline() + "'");
            }
        }
        try {
            return new ItemFinding(item, outcome, violation, note, order, facts == null ? null : facts.facts(today));
        } catch (InvalidFactException e) {
            throw PlanningRefusal.invalid("results[" + index + "].facts." + e.fact(), e.getMessage());
        }
    }
}
