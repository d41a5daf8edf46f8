package dev.onecheck.domain.access;

import java.util.Collection;
import java.util.Optional;

/**
 * 亮码入企 and what follows the visit: who approves a visit and answers appeals about it (the lead department's
 * admins, 牵头部门审核), who records results (officers of the task's department, on site), who closes a
 * rectification (the ordering department), and what the firm inspected may do and read.
 */
public final class OnsiteAccess {

    private OnsiteAccess() {
    }

    /** 牵头部门: its admins approve the visit (审核) and answer the firm's appeals about it. */
    public static boolean mayLead(Viewer viewer, String leadDepartment) {
        return viewer.has(Role.DEPT_ADMIN) && leadDepartment.equals(viewer.departmentCode());
    }

    /** In what capacity a result is recorded; the audit entry says which. */
    public enum ResultRecorder {
        /** One of the officers the draw sent (双随机), by the 执法证号 in their token. */
        ASSIGNED_OFFICER,
        /** The department's admin, recording for its officers (代录) — on the record as such. */
        DEPARTMENT_ADMIN
    }

    /**
     * Results are recorded by the officers assigned to the task, bound by their 执法证号 — another officer of the same
     * department was not on site — or by an admin of the task's department. Not by supervisors, not by other departments.
     */
    public static Optional<ResultRecorder> resultRecorder(Viewer viewer, String department, Collection<String> assignedCertificates) {
        if (!department.equals(viewer.departmentCode())) {
            return Optional.empty();
        }
        if (viewer.has(Role.OFFICER) && viewer.certificateNo() != null && assignedCertificates.contains(viewer.certificateNo())) {
            return Optional.of(ResultRecorder.ASSIGNED_OFFICER);
        }
        return viewer.has(Role.DEPT_ADMIN) ? Optional.of(ResultRecorder.DEPARTMENT_ADMIN) : Optional.empty();
    }

    /** A rectification order (整改) is closed by officers and admins of the department that ordered it. */
    public static boolean mayCloseRectification(Viewer viewer, String department) {
        return (viewer.has(Role.OFFICER) || viewer.has(Role.DEPT_ADMIN)) && department.equals(viewer.departmentCode());
    }

    /** The firm inspected, and only it, reports its rectification, rates the visit and appeals. */
    public static boolean isInspectedFirm(Viewer viewer, String uscc) {
        return viewer.has(Role.ENTERPRISE) && uscc.equals(viewer.uscc());
    }

    /** The officer's note on a result (检查记录): the enforcement side and the firm inspected. */
    public static boolean maySeeNote(Viewer viewer, String uscc) {
        return viewer.enforcementSide() || isInspectedFirm(viewer, uscc);
    }

    /** The penalty advice stored with a result is the enforcement side's working paper, not the firm's. */
    public static boolean maySeeAdvice(Viewer viewer) {
        return viewer.enforcementSide();
    }

    /** Whether the viewer may ask for a firm's rectifications at all: the firm itself and the enforcement side. */
    public static boolean mayAskForRectifications(Viewer viewer, String uscc) {
        return isInspectedFirm(viewer, uscc) || viewer.enforcementSide();
    }

    /** One rectification of a firm: the firm sees all of its own; officers and admins their department's; supervisors all. */
    public static boolean maySeeRectification(Viewer viewer, String uscc, String department) {
        return isInspectedFirm(viewer, uscc) || viewer.oversees(department);
    }
}
