package dev.onecheck.domain.access;

import static dev.onecheck.domain.access.Viewers.PUBLIC;
import static dev.onecheck.domain.access.Viewers.SCJG_ADMIN;
import static dev.onecheck.domain.access.Viewers.SCJG_OFFICER;
import static dev.onecheck.domain.access.Viewers.SUPERVISOR;
import static dev.onecheck.domain.access.Viewers.THE_FIRM;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PenaltyAccessTest {

    @Test
    void adviceIsForTheEnforcementSide() {
        assertThat(PenaltyAccess.mayAskForAdvice(SCJG_OFFICER)).isTrue();
        assertThat(PenaltyAccess.mayAskForAdvice(SCJG_ADMIN)).isTrue();
        assertThat(PenaltyAccess.mayAskForAdvice(SUPERVISOR)).isTrue();
        assertThat(PenaltyAccess.mayAskForAdvice(THE_FIRM)).isFalse();
        assertThat(PenaltyAccess.mayAskForAdvice(PUBLIC)).isFalse();
    }
}
