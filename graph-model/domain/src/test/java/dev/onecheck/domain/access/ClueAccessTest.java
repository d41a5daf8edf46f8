package dev.onecheck.domain.access;

import static dev.onecheck.domain.access.Viewers.ANOTHER_FIRM;
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

/** A clue received by 市场监管 (SCJG) and routed to 消防 (XF). */
class ClueAccessTest {

    private static final List<String> ROUTED = List.of(XF);

    @Test
    void theReceivingAndTheRoutedDepartmentsAndSupervisorsReadTheClue() {
        assertThat(ClueAccess.maySee(SCJG_OFFICER, SCJG, ROUTED)).isTrue();
        assertThat(ClueAccess.maySee(XF_OFFICER, SCJG, ROUTED)).isTrue();
        assertThat(ClueAccess.maySee(SUPERVISOR, SCJG, ROUTED)).isTrue();
        assertThat(ClueAccess.maySee(XF_ADMIN, SCJG, List.of())).isFalse();
    }

    @Test
    void onlyTheReceivingDepartmentSeesTheComplainant() {
        assertThat(ClueAccess.seesComplainant(SCJG_OFFICER, SCJG)).isTrue();
        assertThat(ClueAccess.seesComplainant(SCJG_ADMIN, SCJG)).isTrue();
        assertThat(ClueAccess.seesComplainant(XF_OFFICER, SCJG)).isFalse();
        assertThat(ClueAccess.seesComplainant(SUPERVISOR, SCJG)).isFalse();
    }

    @Test
    void enterprisesNeverSeeClues_notEvenAboutThemselves_andThePublicNothing() {
        for (Viewer outsider : List.of(THE_FIRM, ANOTHER_FIRM, PUBLIC)) {
            assertThat(ClueAccess.mayAsk(outsider)).isFalse();
            assertThat(ClueAccess.maySee(outsider, SCJG, ROUTED)).isFalse();
            assertThat(ClueAccess.mayReceive(outsider)).isFalse();
            assertThat(ClueAccess.mayListOf(outsider, SCJG)).isFalse();
        }
    }

    @Test
    void supervisorsReadButDoNotAnswer() {
        assertThat(ClueAccess.mayListOf(SUPERVISOR, XF)).isTrue();
        assertThat(ClueAccess.mayAnswerFor(SUPERVISOR, XF)).isFalse();
        assertThat(ClueAccess.mayReceive(SUPERVISOR)).isFalse();
        assertThat(ClueAccess.mayAnswerFor(XF_OFFICER, XF)).isTrue();
        assertThat(ClueAccess.mayAnswerFor(XF_OFFICER, SCJG)).isFalse();
    }
}
