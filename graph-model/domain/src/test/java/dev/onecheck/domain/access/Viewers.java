package dev.onecheck.domain.access;

import java.util.List;

/** One viewer of each kind the policies tell apart: 市场监管 (SCJG) and 消防 (XF), two firms, the public, a supervisor. */
final class Viewers {

    static final String FIRM = "91329900MA1JH0001C";
    static final String OTHER_FIRM = "91329904MA1JH0004F";
    static final String SCJG = "JH-SCJG";
    static final String XF = "JH-XF";

    static final Viewer PUBLIC = viewer("PUBLIC", null, null);
    static final Viewer THE_FIRM = viewer("ENTERPRISE", null, FIRM);
    static final Viewer ANOTHER_FIRM = viewer("ENTERPRISE", null, OTHER_FIRM);
    static final String SCJG_CERTIFICATE = "32990010001";
    static final Viewer SCJG_OFFICER = Viewer.fromClaims("officer", "OFFICER", List.of("OFFICER"), SCJG, null, SCJG_CERTIFICATE);
    static final Viewer SCJG_OFFICER_WITHOUT_CERTIFICATE = viewer("OFFICER", SCJG, null);
    static final Viewer SCJG_ADMIN = viewer("DEPT_ADMIN", SCJG, null);
    static final Viewer XF_OFFICER = viewer("OFFICER", XF, null);
    static final Viewer XF_ADMIN = viewer("DEPT_ADMIN", XF, null);
    static final Viewer SUPERVISOR = viewer("SUPERVISOR", "JH-SFJ", null);

    private Viewers() {
    }

    private static Viewer viewer(String role, String department, String uscc) {
        return Viewer.fromClaims(role.toLowerCase(), role, List.of(role), department, uscc, null);
    }
}
