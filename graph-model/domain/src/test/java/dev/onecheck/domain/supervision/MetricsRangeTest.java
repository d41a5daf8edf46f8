package dev.onecheck.domain.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import dev.onecheck.domain.planning.PlanningRefusal;
import dev.onecheck.domain.planning.Problem;
import org.junit.jupiter.api.Test;

class MetricsRangeTest {

    @Test
    void aRangeIsWidenedToWholePeriods() {
        MetricsRange months = MetricsRange.of("2026-01-15", "2026-03-02", Granularity.MONTH);
        assertThat(months.periods()).extracting(Period::label).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(months.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(months.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(MetricsRange.of("2025-11-30", "2026-04-01", Granularity.QUARTER).periods()).extracting(Period::label)
                .containsExactly("2025-Q4", "2026-Q1", "2026-Q2");
        Period february = Granularity.MONTH.periodOf(LocalDate.of(2028, 2, 10));
        assertThat(february.to()).as("leap year").isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Granularity.YEAR.periodOf(LocalDate.of(2026, 7, 1))).isEqualTo(
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "2026"));
    }

    @Test
    void badArgumentsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> MetricsRange.of("2026-13-01", null, null)).isInstanceOfSatisfying(PlanningRefusal.class, e ->
                assertThat(e.problems()).extracting(Problem::field).containsExactly("filter.from", "filter.to", "filter.granularity"));
        assertThatThrownBy(() -> MetricsRange.of("2026-05-01", "2026-04-30", Granularity.MONTH)).isInstanceOfSatisfying(PlanningRefusal.class, e ->
                assertThat(e.problems()).extracting(Problem::field).containsExactly("filter.to"));
    }

    @Test
    void noMoreThanTheCapOfPeriods() {
        assertThat(MetricsRange.of("2024-01-01", "2026-12-31", Granularity.MONTH).periods()).hasSize(MetricsRange.MAX_PERIODS);
        assertThatThrownBy(() -> MetricsRange.of("2024-01-01", "2027-01-01", Granularity.MONTH)).isInstanceOfSatisfying(PlanningRefusal.class, e ->
                assertThat(e.problems()).extracting(Problem::field).containsExactly("filter.to"));
        assertThat(MetricsRange.of("2000-01-01", "2035-12-31", Granularity.YEAR).periods()).hasSize(36);
    }

    @Test
    void aGranularityByNameIsCheckedToo() {
        assertThat(Granularity.named(" quarter ")).isEqualTo(Granularity.QUARTER);
        assertThat(Granularity.named("")).isNull();
        assertThatThrownBy(() -> Granularity.named("WEEK")).isInstanceOfSatisfying(PlanningRefusal.class, e ->
                assertThat(e.problems()).extracting(Problem::field).containsExactly("filter.granularity"));
    }
}
