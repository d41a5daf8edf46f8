package dev.onecheck.domain.clue;

import java.time.OffsetDateTime;

import dev.onecheck.domain.planning.Trigger;

/** 研判分办 rules: when a routed department must answer, and what a clue may be inspected under. */
public final class ClueRules {

    private ClueRules() {
    }

    /** 响应时限: a routed department answers (受理、转办 or 办结) within {@code days} of the clue's arrival: its receipt, or the transfer to it. */
    public static OffsetDateTime responseDeadline(OffsetDateTime arrived, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("the response time is at least one day, got " + days);
        }
        return arrived.plusDays(days);
    }

    /**
     * A clue is inspected only under a plan a trigger opens (投诉举报、上级交办): it is what makes a white-listed
     * firm inspectable (非触发不检查), and a routine plan would hide why the visit happened.
     */
    public static boolean mayInspectUnder(Trigger planTrigger) {
        return planTrigger.triggered();
    }
}
