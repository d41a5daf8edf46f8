package dev.onecheck.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SubjectAccessTest {

    private static final String FIRM = "91329900MA1JH0001C";
    private static final List<String> SUPERVISED_BY = List.of("JH-SCJG", "JH-XF");

    private static Viewer viewer(List<String> roles, String department, String uscc) {
        return Viewer.fromClaims("x", "x", roles, department, uscc, null);
    }

    @Test
    void anEnterpriseSeesItselfOnly() {
        assertThat(SubjectAccess.maySee(viewer(List.of("ENTERPRISE"), null, FIRM), FIRM, SUPERVISED_BY)).isTrue();
        assertThat(SubjectAccess.maySee(viewer(List.of("ENTERPRISE"), null, "91329904MA1JH0004F"), FIRM, SUPERVISED_BY)).isFalse();
    }

    @Test
    void officersSeeWhatTheirDepartmentSupervises() {
        assertThat(SubjectAccess.maySee(viewer(List.of("OFFICER"), "JH-XF", null), FIRM, SUPERVISED_BY)).isTrue();
        assertThat(SubjectAccess.maySee(viewer(List.of("DEPT_ADMIN"), "JH-SCJG", null), FIRM, SUPERVISED_BY)).isTrue();
        assertThat(SubjectAccess.maySee(viewer(List.of("OFFICER"), "JH-JYJ", null), FIRM, SUPERVISED_BY)).isFalse();
    }

    @Test
    void onlyRolesThatCouldSeeItMayAsk() {
        assertThat(SubjectAccess.mayAsk(viewer(List.of("ENTERPRISE"), null, FIRM), FIRM)).isTrue();
        assertThat(SubjectAccess.mayAsk(viewer(List.of("ENTERPRISE"), null, FIRM), "91329904MA1JH0004F")).isFalse();
        assertThat(SubjectAccess.mayAsk(viewer(List.of("PUBLIC"), null, null), FIRM)).isFalse();
        assertThat(SubjectAccess.mayAsk(viewer(List.of("OFFICER"), "JH-JYJ", null), FIRM)).isTrue();
    }

    @Test
    void supervisorsSeeAllAndThePublicNone() {
        assertThat(SubjectAccess.maySee(viewer(List.of("SUPERVISOR"), "JH-SFJ", null), FIRM, List.of())).isTrue();
        assertThat(SubjectAccess.maySee(viewer(List.of("PUBLIC"), null, null), FIRM, SUPERVISED_BY)).isFalse();
    }

    @Test
    void listsRangeOverWhatEachRoleMaySee() {
        assertThat(SubjectScope.of(viewer(List.of("SUPERVISOR"), "JH-SFJ", null))).contains(new SubjectScope(null, null));
        assertThat(SubjectScope.of(viewer(List.of("OFFICER"), "JH-XF", null))).contains(new SubjectScope("JH-XF", null));
        assertThat(SubjectScope.of(viewer(List.of("DEPT_ADMIN"), "JH-SCJG", null))).contains(new SubjectScope("JH-SCJG", null));
        assertThat(SubjectScope.of(viewer(List.of("ENTERPRISE"), null, FIRM))).contains(new SubjectScope(null, FIRM));
        assertThat(SubjectScope.of(viewer(List.of("PUBLIC"), null, null))).isEmpty();
    }

    @Test
    void creditDetailsAreForTheEnforcementSideNotEvenTheFirmItself() {
        assertThat(SubjectAccess.seesCreditDetails(viewer(List.of("OFFICER"), "JH-XF", null))).isTrue();
        assertThat(SubjectAccess.seesCreditDetails(viewer(List.of("SUPERVISOR"), "JH-SFJ", null))).isTrue();
        assertThat(SubjectAccess.seesCreditDetails(viewer(List.of("ENTERPRISE"), null, FIRM))).isFalse();
        assertThat(SubjectAccess.seesCreditDetails(viewer(List.of("PUBLIC"), null, null))).isFalse();
    }

    @Test
    void theWhiteListIsManagedByAdminsOfASupervisingDepartmentOnly() {
        assertThat(SubjectAccess.mayManageWhiteList(viewer(List.of("DEPT_ADMIN"), "JH-XF", null), SUPERVISED_BY)).isTrue();
        assertThat(SubjectAccess.mayManageWhiteList(viewer(List.of("DEPT_ADMIN"), "JH-JYJ", null), SUPERVISED_BY)).isFalse();
        assertThat(SubjectAccess.mayManageWhiteList(viewer(List.of("OFFICER"), "JH-XF", null), SUPERVISED_BY)).isFalse();
        assertThat(SubjectAccess.mayManageWhiteList(viewer(List.of("SUPERVISOR"), "JH-XF", null), SUPERVISED_BY)).isFalse();
        assertThat(SubjectAccess.mayManageWhiteList(viewer(List.of("ENTERPRISE"), null, FIRM), SUPERVISED_BY)).isFalse();
    }

    @Test
    void aDepartmentsSubjectsAreListedForItsOwnPeopleAndSupervisors() {
        assertThat(SubjectAccess.mayListSupervisedBy(viewer(List.of("OFFICER"), "JH-XF", null), "JH-XF")).isTrue();
        assertThat(SubjectAccess.mayListSupervisedBy(viewer(List.of("OFFICER"), "JH-XF", null), "JH-SCJG")).isFalse();
        assertThat(SubjectAccess.mayListSupervisedBy(viewer(List.of("SUPERVISOR"), "JH-SFJ", null), "JH-SCJG")).isTrue();
        assertThat(SubjectAccess.mayListSupervisedBy(viewer(List.of("ENTERPRISE"), null, FIRM), "JH-SCJG")).isFalse();
    }

    @Test
    void onlyAdminsMayAskToChangeAWhiteListBeforeAnyLookup() {
        assertThat(SubjectAccess.mayAskToManageWhiteList(viewer(List.of("DEPT_ADMIN"), "JH-JYJ", null))).isTrue();
        assertThat(SubjectAccess.mayAskToManageWhiteList(viewer(List.of("OFFICER"), "JH-XF", null))).isFalse();
        assertThat(SubjectAccess.mayAskToManageWhiteList(viewer(List.of("SUPERVISOR"), "JH-SFJ", null))).isFalse();
        assertThat(SubjectAccess.mayAskToManageWhiteList(viewer(List.of("PUBLIC"), null, null))).isFalse();
    }
}
