package dev.onecheck.store.onsite;

import dev.onecheck.domain.planning.PlanningRefusal;
import dev.onecheck.domain.text.TextLimits;
import dev.onecheck.domain.text.UserText;

/**
 * The free-text arguments of the 亮码入企 writes, checked against their limits ({@link TextLimits}); refused as
 * BAD_USER_INPUT naming the argument.
 */
final class FreeText {

    private FreeText() {
    }

    static void check(String argument, String text, int maxLength) {
        UserText.problem(text, maxLength).ifPresent(problem -> {
            throw PlanningRefusal.invalid(argument, problem);
        });
    }
}
