package dev.onecheck.domain.access;

import java.util.Collection;
import java.util.List;

/**
 * 检查计划 are internal to the enforcement side: the filing department, the departments taking part and
 * supervisors read a plan. A draw's outcome is public (双随机、一公开); its candidate list, with each firm's risk
 * tier, is not, since 信用风险分类 serve supervision only.
 */
public final class PlanAccess {

    private PlanAccess() {
    }

    public static boolean maySee(Viewer viewer, String department, List<String> participants) {
        return viewer.oversees(department)
                || (viewer.has(Role.OFFICER) || viewer.has(Role.DEPT_ADMIN)) && participants.contains(viewer.departmentCode());
    }

    /** A department's list of plans: those who answer for its work (its officers and admins, supervisors). */
    public static boolean mayListPlansOf(Viewer viewer, String department) {
        return viewer.oversees(department);
    }

    /** Plans are filed (备案) by a department admin, for the admin's own department. */
    public static boolean mayFile(Viewer viewer) {
        return viewer.has(Role.DEPT_ADMIN);
    }

    /** Filing, drawing and targeting a department's plans: its department admins (部门管理员), nobody else. */
    public static boolean mayActOn(Viewer viewer, String department) {
        return viewer.has(Role.DEPT_ADMIN) && department.equals(viewer.departmentCode());
    }

    /**
     * A plan inspects firms its department supervises: a draw picks only those, and a task on a named firm (投诉举报,
     * 上级交办 …) may name only those too.
     */
    public static boolean mayTarget(String planDepartment, Collection<String> supervisingDepartments) {
        return supervisingDepartments.contains(planDepartment);
    }

    /** 回避 declarations are made by a department admin: asked before any lookup. */
    public static boolean mayDeclareConflict(Viewer viewer) {
        return viewer.has(Role.DEPT_ADMIN);
    }

    /** … and only for an officer of the admin's own department. */
    public static boolean mayDeclareConflictFor(Viewer viewer, String officersDepartment) {
        return mayDeclareConflict(viewer) && officersDepartment.equals(viewer.departmentCode());
    }

    /**
     * 一次入企: a visit is seen by the firm visited, by officers and admins of a department taking part, and by
     * supervisors — the rule of {@link SubjectScope} applied to one visit.
     */
    public static boolean maySeeVisit(Viewer viewer, String uscc, Collection<String> departments) {
        return SubjectScope.of(viewer).filter(scope -> (scope.uscc() == null || scope.uscc().equals(uscc))
                && (scope.department() == null || departments.contains(scope.department()))).isPresent();
    }

    /** Proposed joint visits of a department are pushed to those who answer for its work. */
    public static boolean mayFollowJointVisits(Viewer viewer, String department) {
        return viewer.oversees(department);
    }

    public static boolean maySeeDrawInput(Viewer viewer) {
        return viewer.enforcementSide();
    }
}
