package dev.onecheck.domain.planning;

import java.time.OffsetDateTime;
import java.util.List;

/** A filed plan (已备案的检查计划): the draft as filed, its code, who filed it and when. */
public record Plan(String code, PlanDraft draft, String filedBy, OffsetDateTime filedAt) {

    // The draft's fields, read through the plan as the API shows them.

    public String department() {
        return draft.department();
    }

    public PlanKind kind() {
        return draft.kind();
    }

    public Trigger trigger() {
        return draft.trigger();
    }

    public String title() {
        return draft.title();
    }

    public List<String> items() {
        return draft.items();
    }

    public String scenario() {
        return draft.scenario();
    }

    public PlanScope scope() {
        return draft.scope();
    }

    public List<SamplingRatio> ratios() {
        return draft.ratios();
    }

    public Window window() {
        return draft.window();
    }

    public List<String> participants() {
        return draft.participants();
    }

    public String domain() {
        return draft.domain();
    }
}
