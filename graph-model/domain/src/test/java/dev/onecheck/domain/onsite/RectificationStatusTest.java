package dev.onecheck.domain.onsite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RectificationStatusTest {

    @Test
    void theFirmReportsAnOpenOrderOnce() {
        assertThat(RectificationStatus.OPEN.next(false)).contains(RectificationStatus.REPORTED);
        assertThat(RectificationStatus.REPORTED.next(false)).isEmpty();
        assertThat(RectificationStatus.CLOSED.next(false)).isEmpty();
    }

    @Test
    void theDepartmentClosesAnOrderReportedOrNot() {
        assertThat(RectificationStatus.OPEN.next(true)).contains(RectificationStatus.CLOSED);
        assertThat(RectificationStatus.REPORTED.next(true)).contains(RectificationStatus.CLOSED);
        assertThat(RectificationStatus.CLOSED.next(true)).isEmpty();
    }
}
