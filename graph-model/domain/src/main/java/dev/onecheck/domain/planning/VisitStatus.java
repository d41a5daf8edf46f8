package dev.onecheck.domain.planning;

/** Where a visit (一次入企) stands. Stored by name. */
public enum VisitStatus {
    /** 拟检查: proposed by a draw or a targeted plan; merging may still fold it into a joint visit. */
    PROPOSED,
    /** 已审核: the lead department approved it and issued its 行政行为码; frozen, merged no more. */
    APPROVED,
    /** 已检查: every department's task has its results. */
    DONE
}
