package dev.onecheck.domain.access;

/**
 * Who may read 执法人员 records: supervisors any department's, officers and department admins their own
 * department's. Enterprises and the public see an inspection's officers (name, certificate) only through its
 * action code, never as lists.
 */
public final class OfficerAccess {

    private OfficerAccess() {
    }

    /** Whether the viewer may ask about officers at all: decided before any lookup, so no one else learns which certificates exist. */
    public static boolean mayAsk(Viewer viewer) {
        return viewer.enforcementSide();
    }

    public static boolean mayRead(Viewer viewer, String departmentCode) {
        return viewer.oversees(departmentCode);
    }

    /** The department an unfiltered list shows: the viewer's own, or every one (null) for a supervisor. */
    public static String defaultDepartment(Viewer viewer) {
        return viewer.has(Role.SUPERVISOR) ? null : viewer.departmentCode();
    }
}
