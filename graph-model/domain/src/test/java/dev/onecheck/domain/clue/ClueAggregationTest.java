package dev.onecheck.domain.clue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClueAggregationTest {

    private static final OffsetDateTime MAY_1 = OffsetDateTime.of(2027, 5, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private final ClueAggregation aggregation = new ClueAggregation(Duration.ofDays(30));

    private static ClueAggregation.Seen seen(String id, String uscc, ClueSource source, String department, int day) {
        return new ClueAggregation.Seen(id, uscc, source, department, MAY_1.plusDays(day));
    }

    @Test
    void anotherSourceOrAnotherDepartmentAboutTheSameFirmWithinTheWindowIsRelated() {
        var hotline = seen("a", "F1", ClueSource.HOTLINE_12345, "JH-SCJG", 0);
        var report = seen("b", "F1", ClueSource.COMPLAINT, "JH-XF", 10);
        var sameSide = seen("c", "F1", ClueSource.HOTLINE_12345, "JH-SCJG", 2);
        var otherFirm = seen("d", "F2", ClueSource.COMPLAINT, "JH-XF", 1);
        var tooLate = seen("e", "F1", ClueSource.PUBLIC_OPINION, "JH-XF", 31);
        assertThat(aggregation.relatedTo(hotline, List.of(hotline, report, sameSide, otherFirm, tooLate))).containsExactly(report);
    }

    @Test
    void aClueWhoseSubjectWaitsForConfirmationIsRelatedToNothing() {
        var unresolved = seen("a", null, ClueSource.HOTLINE_12345, "JH-SCJG", 0);
        assertThat(aggregation.relatedTo(unresolved, List.of(seen("b", "F1", ClueSource.COMPLAINT, "JH-XF", 1)))).isEmpty();
    }
}
