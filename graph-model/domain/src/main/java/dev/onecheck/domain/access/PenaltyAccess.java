package dev.onecheck.domain.access;

/**
 * 处罚建议 is the enforcement side's working tool: officers, department admins and supervisors ask for it; the public
 * and enterprises read the published standards and cases instead, not advice on a case.
 */
public final class PenaltyAccess {

    private PenaltyAccess() {
    }

    public static boolean mayAskForAdvice(Viewer viewer) {
        return viewer.enforcementSide();
    }
}
