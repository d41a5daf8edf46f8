package dev.onecheck.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import dev.onecheck.search.index.ReciprocalRankFusion.Fused;
import dev.onecheck.search.index.ReciprocalRankFusion.Ranking;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

    @Test
    void aDocumentRankedWellInBothListsBeatsOneRankedFirstInOne() {
        List<Fused<String>> fused = ReciprocalRankFusion.fuse(new Ranking<>(List.of("a", "b", "c"), 1.0),
                new Ranking<>(List.of("d", "b", "c"), 1.0));

        assertThat(fused).extracting(Fused::key).containsExactly("b", "c", "a", "d");
        assertThat(fused.getFirst().score()).isCloseTo(2.0 / (ReciprocalRankFusion.K + 2), within(1e-12));
    }

    @Test
    void tiesGoToTheEarlierRankingAndWeightsCount() {
        assertThat(ReciprocalRankFusion.fuse(new Ranking<>(List.of("k"), 1.0), new Ranking<>(List.of("v"), 1.0)))
                .extracting(Fused::key).containsExactly("k", "v");
        assertThat(ReciprocalRankFusion.fuse(new Ranking<>(List.of("k"), 0.5), new Ranking<>(List.of("v"), 1.0)))
                .extracting(Fused::key).containsExactly("v", "k");
    }

    @Test
    void emptyRankingsFuseToNothing() {
        assertThat(ReciprocalRankFusion.fuse(new Ranking<String>(List.of(), 1.0))).isEmpty();
    }
}
