package dev.onecheck.graph.access;

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

    public static boolean maySeeDrawInput(Viewer viewer) {
        return viewer.enforcementSide();
    }
}
