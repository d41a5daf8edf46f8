package dev.onecheck.store.onsite;

import dev.onecheck.domain.planning.PlanningRefusal;
import dev.onecheck.domain.text.UserText;

/** The free-text arguments of the 亮码入企 writes and how long each may be; refused as BAD_USER_INPUT naming the argument. */
final class FreeText {

    /** 查后评价 comments. */
    static final int COMMENT = 500;
    /** 申诉理由, 答复, 整改情况 and the notes a closing or a result carries. */
    static final int STATEMENT = 2000;

    private FreeText() {
    }

    static void check(String argument, String text, int maxLength) {
        UserText.problem(text, maxLength).ifPresent(problem -> {
            throw PlanningRefusal.invalid(argument, problem);
        });
    }
}
