package dev.onecheck.domain.planning;

/** Where one department's task within a visit stands. Stored by name; a task without a stored status is planned. */
public enum TaskStatus {
    /** 待检查. */
    PLANNED,
    /** 已检查: its results are recorded and will be published (公示). */
    DONE
}
