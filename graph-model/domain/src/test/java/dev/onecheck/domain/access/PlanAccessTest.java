package dev.onecheck.domain.access;

import static dev.onecheck.domain.access.Viewers.ANOTHER_FIRM;
import static dev.onecheck.domain.access.Viewers.FIRM;
import static dev.onecheck.domain.access.Viewers.PUBLIC;
import static dev.onecheck.domain.access.Viewers.SCJG;
import static dev.onecheck.domain.access.Viewers.SCJG_ADMIN;
import static dev.onecheck.domain.access.Viewers.SCJG_OFFICER;
import static dev.onecheck.domain.access.Viewers.SUPERVISOR;
import static dev.onecheck.domain.access.Viewers.THE_FIRM;
import static dev.onecheck.domain.access.Viewers.XF;
import static dev.onecheck.domain.access.Viewers.XF_ADMIN;
import static dev.onecheck.domain.access.Viewers.XF_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlanAccessTest {

    @Test
    void aPlanIsSeenByItsDepartmentTheDepartmentsTakingPartAndSupervisors() {
        assertThat(PlanAccess.maySee(SCJG_OFFICER, SCJG, List.of())).isTrue();
        assertThat(PlanAccess.maySee(XF_OFFICER, SCJG, List.of(XF))).isTrue();
        assertThat(PlanAccess.maySee(XF_OFFICER, SCJG, List.of())).isFalse();
        assertThat(PlanAccess.maySee(SUPERVISOR, SCJG, List.of())).isTrue();
        assertThat(PlanAccess.maySee(THE_FIRM, SCJG, List.of())).isFalse();
        assertThat(PlanAccess.maySee(PUBLIC, SCJG, List.of(XF))).isFalse();
    }

    @Test
    void aDepartmentsPlansAreListedForThoseWhoAnswerForItsWork() {
        assertThat(PlanAccess.mayListPlansOf(SCJG_OFFICER, SCJG)).isTrue();
        assertThat(PlanAccess.mayListPlansOf(XF_OFFICER, SCJG)).isFalse();
        assertThat(PlanAccess.mayListPlansOf(SUPERVISOR, SCJG)).isTrue();
        assertThat(PlanAccess.mayListPlansOf(THE_FIRM, SCJG)).isFalse();
    }

    @Test
    void onlyAnAdminOfTheFilingDepartmentActsOnItsPlans() {
        assertThat(PlanAccess.mayActOn(SCJG_ADMIN, SCJG)).isTrue();
        assertThat(PlanAccess.mayActOn(XF_ADMIN, SCJG)).isFalse();
        assertThat(PlanAccess.mayActOn(SCJG_OFFICER, SCJG)).isFalse();
        assertThat(PlanAccess.mayActOn(SUPERVISOR, SCJG)).isFalse();
        assertThat(PlanAccess.mayFile(SCJG_ADMIN)).isTrue();
        assertThat(PlanAccess.mayFile(SCJG_OFFICER)).isFalse();
        assertThat(PlanAccess.mayFile(SUPERVISOR)).isFalse();
        assertThat(PlanAccess.mayFile(THE_FIRM)).isFalse();
    }

    @Test
    void aPlanTargetsOnlyFirmsItsDepartmentSupervises() {
        assertThat(PlanAccess.mayTarget(SCJG, List.of(SCJG, XF))).isTrue();
        assertThat(PlanAccess.mayTarget(XF, List.of(SCJG))).isFalse();
        assertThat(PlanAccess.mayTarget(XF, List.of())).isFalse();
    }

    @Test
    void conflictsAreDeclaredByAnAdminForTheirOwnDepartmentsOfficers() {
        assertThat(PlanAccess.mayDeclareConflict(XF_ADMIN)).isTrue();
        assertThat(PlanAccess.mayDeclareConflict(XF_OFFICER)).isFalse();
        assertThat(PlanAccess.mayDeclareConflictFor(XF_ADMIN, XF)).isTrue();
        assertThat(PlanAccess.mayDeclareConflictFor(XF_ADMIN, SCJG)).isFalse();
        assertThat(PlanAccess.mayDeclareConflictFor(XF_OFFICER, XF)).isFalse();
    }

    @Test
    void aVisitIsSeenByTheFirmVisitedTheDepartmentsInItAndSupervisors() {
        List<String> departments = List.of(SCJG, XF);
        assertThat(PlanAccess.maySeeVisit(THE_FIRM, FIRM, departments)).isTrue();
        assertThat(PlanAccess.maySeeVisit(ANOTHER_FIRM, FIRM, departments)).isFalse();
        assertThat(PlanAccess.maySeeVisit(XF_OFFICER, FIRM, departments)).isTrue();
        assertThat(PlanAccess.maySeeVisit(XF_OFFICER, FIRM, List.of(SCJG))).isFalse();
        assertThat(PlanAccess.maySeeVisit(SUPERVISOR, FIRM, List.of(SCJG))).isTrue();
        assertThat(PlanAccess.maySeeVisit(PUBLIC, FIRM, departments)).isFalse();
    }

    @Test
    void jointVisitsArePushedToThoseWhoAnswerForTheDepartmentsWork() {
        assertThat(PlanAccess.mayFollowJointVisits(XF_OFFICER, XF)).isTrue();
        assertThat(PlanAccess.mayFollowJointVisits(XF_OFFICER, SCJG)).isFalse();
        assertThat(PlanAccess.mayFollowJointVisits(SUPERVISOR, SCJG)).isTrue();
        assertThat(PlanAccess.mayFollowJointVisits(THE_FIRM, SCJG)).isFalse();
    }

    @Test
    void aDrawsCandidateTiersAreForTheEnforcementSide() {
        assertThat(PlanAccess.maySeeDrawInput(SCJG_OFFICER)).isTrue();
        assertThat(PlanAccess.maySeeDrawInput(SUPERVISOR)).isTrue();
        assertThat(PlanAccess.maySeeDrawInput(THE_FIRM)).isFalse();
        assertThat(PlanAccess.maySeeDrawInput(PUBLIC)).isFalse();
    }
}
