package dev.onecheck.domain.onsite;

/** Where a firm's appeal (申诉) stands. Stored by name. */
public enum AppealStatus {
    /** 待答复. */
    OPEN,
    /** 已答复 by the lead department. */
    ANSWERED
}
