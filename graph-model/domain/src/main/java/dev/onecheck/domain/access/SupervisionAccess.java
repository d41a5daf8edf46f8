package dev.onecheck.domain.access;

/** 评价监督: the audit trail (全程留痕) and the city's inspection metrics are read by supervisors (司法局) only. */
public final class SupervisionAccess {

    private SupervisionAccess() {
    }

    public static boolean mayReadAuditTrail(Viewer viewer) {
        return viewer.has(Role.SUPERVISOR);
    }

    public static boolean mayReadMetrics(Viewer viewer) {
        return viewer.has(Role.SUPERVISOR);
    }
}
