package dev.onecheck.domain.access;

import java.util.Collection;

/**
 * Who may read a regulated subject (监管对象): the enterprise itself; officers and department admins of a
 * department that supervises it; supervisors (司法局) always; the public never — subject records are not published.
 */
public final class SubjectAccess {

    private SubjectAccess() {
    }

    /**
     * Whether the viewer may even ask for {@code uscc}: decided before any lookup, so an enterprise or the public
     * cannot probe which other firms exist.
     */
    public static boolean mayAsk(Viewer viewer, String uscc) {
        return viewer.has(Role.SUPERVISOR) || viewer.has(Role.OFFICER) || viewer.has(Role.DEPT_ADMIN)
                || viewer.has(Role.ENTERPRISE) && uscc.equals(viewer.uscc());
    }

    public static boolean maySee(Viewer viewer, String uscc, Collection<String> supervisingDepartments) {
        if (viewer.has(Role.SUPERVISOR)) {
            return true;
        }
        if (viewer.has(Role.ENTERPRISE) && uscc.equals(viewer.uscc())) {
            return true;
        }
        return (viewer.has(Role.OFFICER) || viewer.has(Role.DEPT_ADMIN))
                && supervisingDepartments.contains(viewer.departmentCode());
    }

    /**
     * 信用风险分类结果 (credit level, risk level) are for supervision, not for the firm or the public: the
     * enforcement side reads them, an enterprise not even its own.
     */
    public static boolean seesCreditDetails(Viewer viewer) {
        return viewer.enforcementSide();
    }

    /** A department's list of the subjects it supervises: its own officers and admins, and supervisors. */
    public static boolean mayListSupervisedBy(Viewer viewer, String department) {
        return viewer.oversees(department);
    }

    /** Whether the viewer may ask to change a 白名单 at all: decided before any lookup, so no one else learns whether a firm exists. */
    public static boolean mayAskToManageWhiteList(Viewer viewer) {
        return viewer.has(Role.DEPT_ADMIN);
    }

    /** 白名单 is managed by the admins of a supervising department; supervisors read, they do not change. */
    public static boolean mayManageWhiteList(Viewer viewer, Collection<String> supervisingDepartments) {
        return viewer.has(Role.DEPT_ADMIN) && supervisingDepartments.contains(viewer.departmentCode());
    }
}
