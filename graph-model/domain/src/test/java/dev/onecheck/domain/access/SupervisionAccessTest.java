package dev.onecheck.domain.access;

import static dev.onecheck.domain.access.Viewers.PUBLIC;
import static dev.onecheck.domain.access.Viewers.SCJG_ADMIN;
import static dev.onecheck.domain.access.Viewers.SCJG_OFFICER;
import static dev.onecheck.domain.access.Viewers.SUPERVISOR;
import static dev.onecheck.domain.access.Viewers.THE_FIRM;
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
}
