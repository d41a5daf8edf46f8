package dev.onecheck.domain.access;

import static dev.onecheck.domain.access.Viewers.PUBLIC;
import static dev.onecheck.domain.access.Viewers.SCJG;
import static dev.onecheck.domain.access.Viewers.SCJG_ADMIN;
import static dev.onecheck.domain.access.Viewers.SCJG_OFFICER;
import static dev.onecheck.domain.access.Viewers.SUPERVISOR;
import static dev.onecheck.domain.access.Viewers.THE_FIRM;
import static dev.onecheck.domain.access.Viewers.XF;
import static dev.onecheck.domain.access.Viewers.XF_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SupervisionAccessTest {

    @Test
    void theAuditTrailAndTheMetricsAreForSupervisorsOnly() {
        assertThat(SupervisionAccess.mayReadAuditTrail(SUPERVISOR)).isTrue();
        assertThat(SupervisionAccess.mayReadMetrics(SUPERVISOR)).isTrue();
        for (Viewer other : List.of(PUBLIC, THE_FIRM, SCJG_OFFICER, SCJG_ADMIN)) {
            assertThat(SupervisionAccess.mayReadAuditTrail(other)).as(other.account()).isFalse();
            assertThat(SupervisionAccess.mayReadMetrics(other)).as(other.account()).isFalse();
        }
    }

    @Test
    void supervisionIndicatorsAreForSupervisorsAndADepartmentAdminForItsOwnDepartmentOnly() {
        assertThat(SupervisionAccess.mayReadSupervisionMetrics(SUPERVISOR, null)).as("all departments").isTrue();
        assertThat(SupervisionAccess.mayReadSupervisionMetrics(SUPERVISOR, XF)).isTrue();
        assertThat(SupervisionAccess.mayReadSupervisionMetrics(SCJG_ADMIN, SCJG)).isTrue();
        // the boundary: the same admin for the neighbouring department, or for every department at once
        assertThat(SupervisionAccess.mayReadSupervisionMetrics(SCJG_ADMIN, XF)).isFalse();
        assertThat(SupervisionAccess.mayReadSupervisionMetrics(SCJG_ADMIN, null)).isFalse();
        assertThat(SupervisionAccess.mayReadSupervisionMetrics(XF_ADMIN, XF)).isTrue();
        for (Viewer other : List.of(PUBLIC, THE_FIRM, SCJG_OFFICER)) {
            assertThat(SupervisionAccess.mayReadSupervisionMetrics(other, SCJG)).as(other.account()).isFalse();
        }
    }
}
