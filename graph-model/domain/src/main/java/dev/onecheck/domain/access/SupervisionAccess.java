package dev.onecheck.domain.access;

/**
 * 评价监督: the audit trail (全程留痕) and the city's inspection metrics are read by supervisors (司法局) only; the
 * supervision indicators by supervisors for any department or all, and by a department admin for its own.
 */
public final class SupervisionAccess {

    private SupervisionAccess() {
    }

    public static boolean mayReadAuditTrail(Viewer viewer) {
        return viewer.has(Role.SUPERVISOR);
    }

    public static boolean mayReadMetrics(Viewer viewer) {
        return viewer.has(Role.SUPERVISOR);
    }

    /**
     * 评价监督指标 of one department ({@code department} non-null) or of all: supervisors, any; a department admin
     * (部门管理员), its own department's only — asking for all, or for another, is refused.
     */
    public static boolean mayReadSupervisionMetrics(Viewer viewer, String department) {
        return viewer.has(Role.SUPERVISOR) || viewer.has(Role.DEPT_ADMIN) && department != null && department.equals(viewer.departmentCode());
    }
}
