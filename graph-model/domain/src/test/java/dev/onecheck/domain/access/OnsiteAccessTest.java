package dev.onecheck.domain.access;

import static dev.onecheck.domain.access.Viewers.ANOTHER_FIRM;
import static dev.onecheck.domain.access.Viewers.FIRM;
import static dev.onecheck.domain.access.Viewers.PUBLIC;
import static dev.onecheck.domain.access.Viewers.SCJG;
import static dev.onecheck.domain.access.Viewers.SCJG_ADMIN;
import static dev.onecheck.domain.access.Viewers.SCJG_CERTIFICATE;
import static dev.onecheck.domain.access.Viewers.SCJG_OFFICER;
import static dev.onecheck.domain.access.Viewers.SUPERVISOR;
import static dev.onecheck.domain.access.Viewers.THE_FIRM;
import static dev.onecheck.domain.access.Viewers.XF_ADMIN;
import static dev.onecheck.domain.access.Viewers.XF_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.onecheck.domain.access.OnsiteAccess.ResultRecorder;
import org.junit.jupiter.api.Test;

class OnsiteAccessTest {

    @Test
    void onlyTheLeadDepartmentsAdminsApproveAndAnswerAppeals() {
        assertThat(OnsiteAccess.mayLead(SCJG_ADMIN, SCJG)).isTrue();
        assertThat(OnsiteAccess.mayLead(SCJG_OFFICER, SCJG)).as("an officer does not approve (牵头部门审核)").isFalse();
        assertThat(OnsiteAccess.mayLead(XF_ADMIN, SCJG)).as("a taking-part department is not the lead").isFalse();
        assertThat(OnsiteAccess.mayLead(SUPERVISOR, SCJG)).as("supervisors change nothing").isFalse();
    }

    @Test
    void resultsAreRecordedByTheAssignedOfficersOrTheirDepartmentsAdmin() {
        List<String> assigned = List.of(SCJG_CERTIFICATE, "32990010002");
        assertThat(OnsiteAccess.resultRecorder(SCJG_OFFICER, SCJG, assigned)).contains(ResultRecorder.ASSIGNED_OFFICER);
        assertThat(OnsiteAccess.resultRecorder(SCJG_OFFICER, SCJG, List.of("32990010002")))
                .as("an officer of the department the draw did not send").isEmpty();
        assertThat(OnsiteAccess.resultRecorder(Viewers.SCJG_OFFICER_WITHOUT_CERTIFICATE, SCJG, assigned))
                .as("a token without 执法证号 binds to no task").isEmpty();
        assertThat(OnsiteAccess.resultRecorder(XF_OFFICER, SCJG, assigned)).isEmpty();
        assertThat(OnsiteAccess.resultRecorder(SCJG_ADMIN, SCJG, assigned)).contains(ResultRecorder.DEPARTMENT_ADMIN);
        assertThat(OnsiteAccess.resultRecorder(XF_ADMIN, SCJG, assigned)).isEmpty();
        assertThat(OnsiteAccess.resultRecorder(SUPERVISOR, SCJG, assigned)).isEmpty();
    }

    @Test
    void theOrderingDepartmentClosesARectificationAndTheFirmReportsIt() {
        assertThat(OnsiteAccess.mayCloseRectification(SCJG_OFFICER, SCJG)).isTrue();
        assertThat(OnsiteAccess.mayCloseRectification(SCJG_ADMIN, SCJG)).isTrue();
        assertThat(OnsiteAccess.mayCloseRectification(XF_OFFICER, SCJG)).isFalse();
        assertThat(OnsiteAccess.mayCloseRectification(THE_FIRM, SCJG)).isFalse();
        assertThat(OnsiteAccess.isInspectedFirm(THE_FIRM, FIRM)).isTrue();
        assertThat(OnsiteAccess.isInspectedFirm(ANOTHER_FIRM, FIRM)).isFalse();
        assertThat(OnsiteAccess.isInspectedFirm(SCJG_OFFICER, FIRM)).isFalse();
    }

    @Test
    void theNoteIsForTheEnforcementSideAndTheFirmTheAdviceForTheEnforcementSideOnly() {
        assertThat(OnsiteAccess.maySeeNote(THE_FIRM, FIRM)).isTrue();
        assertThat(OnsiteAccess.maySeeNote(XF_OFFICER, FIRM)).isTrue();
        assertThat(OnsiteAccess.maySeeNote(ANOTHER_FIRM, FIRM)).isFalse();
        assertThat(OnsiteAccess.maySeeNote(PUBLIC, FIRM)).isFalse();
        assertThat(OnsiteAccess.maySeeAdvice(SUPERVISOR)).isTrue();
        assertThat(OnsiteAccess.maySeeAdvice(THE_FIRM)).as("the advice is the officers' working paper").isFalse();
        assertThat(OnsiteAccess.maySeeAdvice(PUBLIC)).isFalse();
    }

    @Test
    void aFirmsRectificationsAreForItAndForTheDepartmentsThatOrderedThem() {
        assertThat(OnsiteAccess.mayAskForRectifications(THE_FIRM, FIRM)).isTrue();
        assertThat(OnsiteAccess.mayAskForRectifications(ANOTHER_FIRM, FIRM)).isFalse();
        assertThat(OnsiteAccess.mayAskForRectifications(PUBLIC, FIRM)).isFalse();
        assertThat(OnsiteAccess.mayAskForRectifications(XF_OFFICER, FIRM)).isTrue();
        assertThat(OnsiteAccess.maySeeRectification(THE_FIRM, FIRM, SCJG)).isTrue();
        assertThat(OnsiteAccess.maySeeRectification(SCJG_OFFICER, FIRM, SCJG)).isTrue();
        assertThat(OnsiteAccess.maySeeRectification(XF_OFFICER, FIRM, SCJG)).as("another department's order").isFalse();
        assertThat(OnsiteAccess.maySeeRectification(SUPERVISOR, FIRM, SCJG)).isTrue();
    }
}
