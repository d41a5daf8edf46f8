package dev.onecheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoadCountsTest {

    @Test
    void tallyOutcomesAsTheLoadersReportThem() {
        LoadCounts counts = LoadCounts.of("created", 3).plus(LoadCounts.of("updated", 2)).plus(LoadCounts.of("unchanged", 5))
                .plusRejected(1);

        assertThat(counts).isEqualTo(new LoadCounts(3, 2, 5, 1));
        assertThat(counts.total()).isEqualTo(11);
        assertThat(counts).hasToString("3 created, 2 updated, 5 unchanged, 1 rejected");
    }

    @Test
    void anUnknownOutcomeIsAnError() {
        assertThatThrownBy(() -> LoadCounts.of("merged", 1)).hasMessage("unknown load outcome merged");
    }
}
