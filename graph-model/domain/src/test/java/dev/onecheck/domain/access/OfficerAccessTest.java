package dev.onecheck.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OfficerAccessTest {

    private static Viewer viewer(String role, String department, String uscc) {
        return Viewer.fromClaims("x", "x", List.of(role), department, uscc, null);
    }

    @Test
    void officersAndAdminsReadTheirOwnDepartmentOnly() {
        assertThat(OfficerAccess.mayRead(viewer("OFFICER", "JH-SCJG", null), "JH-SCJG")).isTrue();
        assertThat(OfficerAccess.mayRead(viewer("DEPT_ADMIN", "JH-SCJG", null), "JH-SCJG")).isTrue();
        assertThat(OfficerAccess.mayRead(viewer("OFFICER", "JH-SCJG", null), "JH-XF")).isFalse();
        assertThat(OfficerAccess.defaultDepartment(viewer("OFFICER", "JH-SCJG", null))).isEqualTo("JH-SCJG");
    }

    @Test
    void supervisorsReadEveryDepartment() {
        assertThat(OfficerAccess.mayRead(viewer("SUPERVISOR", "JH-SFJ", null), "JH-XF")).isTrue();
        assertThat(OfficerAccess.defaultDepartment(viewer("SUPERVISOR", "JH-SFJ", null))).isNull();
    }

    @Test
    void enterprisesAndThePublicReadNone() {
        assertThat(OfficerAccess.mayRead(viewer("ENTERPRISE", null, "91329900MA1JH0001C"), "JH-SCJG")).isFalse();
        assertThat(OfficerAccess.mayRead(viewer("PUBLIC", null, null), "JH-SCJG")).isFalse();
    }

    @Test
    void onlyTheEnforcementSideMayAskAboutOfficersAtAll() {
        assertThat(OfficerAccess.mayAsk(viewer("OFFICER", "JH-SCJG", null))).isTrue();
        assertThat(OfficerAccess.mayAsk(viewer("SUPERVISOR", "JH-SFJ", null))).isTrue();
        assertThat(OfficerAccess.mayAsk(viewer("ENTERPRISE", null, "91329900MA1JH0001C"))).isFalse();
        assertThat(OfficerAccess.mayAsk(viewer("PUBLIC", null, null))).isFalse();
    }
}
