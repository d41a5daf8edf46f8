package dev.onecheck.domain.access;

import java.util.Collection;

/**
 * 线索 are internal to the enforcement side. Officers and admins of the receiving department and of the departments
 * a clue is routed to read it, supervisors every clue; an enterprise never — not even a clue about itself, which
 * would expose who complained — and the public nothing. The complainant's identity (投诉人信息) is kept by the
 * receiving department alone: the departments it routes to, and supervisors, read the clue without it.
 */
public final class ClueAccess {

    private ClueAccess() {
    }

    /** Whether the viewer may ask about clues at all: decided before any lookup, so no one else learns which work orders exist. */
    public static boolean mayAsk(Viewer viewer) {
        return viewer.enforcementSide();
    }

    public static boolean maySee(Viewer viewer, String receivingDepartment, Collection<String> routedTo) {
        return viewer.has(Role.SUPERVISOR) || handles(viewer, receivingDepartment) || routedTo.stream().anyMatch(d -> handles(viewer, d));
    }

    public static boolean seesComplainant(Viewer viewer, String receivingDepartment) {
        return handles(viewer, receivingDepartment);
    }

    /** A clue is received (登记) by officers and admins, for their own department. */
    public static boolean mayReceive(Viewer viewer) {
        return viewer.has(Role.OFFICER) || viewer.has(Role.DEPT_ADMIN);
    }

    /** 受理、转办、办结 and confirming the subject: officers and admins of the department concerned; supervisors read only. */
    public static boolean mayAnswerFor(Viewer viewer, String department) {
        return handles(viewer, department);
    }

    /** A department's clues and its overdue ones: those who answer for its work. */
    public static boolean mayListOf(Viewer viewer, String department) {
        return viewer.oversees(department);
    }

    private static boolean handles(Viewer viewer, String department) {
        return (viewer.has(Role.OFFICER) || viewer.has(Role.DEPT_ADMIN)) && department.equals(viewer.departmentCode());
    }
}
