package dev.onecheck.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import dev.onecheck.domain.planning.Visit.Part;
import org.junit.jupiter.api.Test;

class InspectionMetricsTest {

    private static Visit visit(String code, String... departments) {
        LocalDate day = LocalDate.of(2027, 3, 1);
        return new Visit(code, "F" + code, "6210", new Window(day, day),
                Arrays.stream(departments).map(d -> new Part(d, List.of(d + "-001"))).toList());
    }

    @Test
    void countsJointVisitsAndTheVisitsMergingSpared() {
        InspectionMetrics metrics = InspectionMetrics.of(List.of(visit("1", "JH-SCJG", "JH-XF", "JH-STHJJ"), visit("2", "JH-SCJG"),
                visit("3", "JH-XF"), visit("4", "JH-CGJ")));
        assertThat(metrics.visits()).isEqualTo(4);
        assertThat(metrics.jointVisits()).isEqualTo(1);
        assertThat(metrics.tasks()).isEqualTo(6);
        assertThat(metrics.tasksInJointVisits()).isEqualTo(3);
        assertThat(metrics.visitsAvoided()).isEqualTo(2);
        assertThat(metrics.jointRatio()).isEqualTo(0.25);
        assertThat(metrics.meetsJointGoal()).isTrue();
    }

    @Test
    void twoTasksOfOneDepartmentAreNotAJointVisit() {
        InspectionMetrics metrics = InspectionMetrics.of(List.of(visit("1", "JH-SCJG", "JH-SCJG"), visit("2", "JH-XF")));
        assertThat(metrics.jointVisits()).isZero();
        assertThat(metrics.visitsAvoided()).isEqualTo(1);
        assertThat(metrics.meetsJointGoal()).isFalse();
        assertThat(InspectionMetrics.of(List.of()).jointRatio()).isZero();
    }
}
