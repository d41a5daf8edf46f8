package dev.onecheck.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.onecheck.search.index.ReciprocalRankFusion.Fused;
import org.junit.jupiter.api.Test;

class OnePerPenaltyArticleTest {

    /** 发票管理办法 第三十三条 lists eight behaviours: its derived violations and the article itself are one answer. */
    private static final Map<String, Set<String>> PENALTY_ARTICLES = Map.of(
            "DV-发票管理办法-33-1-7", Set.of("发票管理办法@2023-07-20/33"),
            "DV-发票管理办法-33-1-8", Set.of("发票管理办法@2023-07-20/33"),
            "PROVISION 发票管理办法/33", Set.of("发票管理办法@2023-07-20/33"),
            "DV-税收征收管理法-71-1", Set.of("税收征收管理法@2015-04-24/71"),
            "PROVISION 发票管理办法/18", Set.of(),
            "CASE JH-2024-SW-001", Set.of());

    @Test
    void eachPenaltyArticleKeepsItsBestHitInPlaceAndItsOthersFollowTheRest() {
        List<Fused<String>> ranked = List.of(hit("DV-发票管理办法-33-1-7", 0.09), hit("DV-发票管理办法-33-1-8", 0.08),
                hit("PROVISION 发票管理办法/18", 0.07), hit("PROVISION 发票管理办法/33", 0.06), hit("DV-税收征收管理法-71-1", 0.05),
                hit("CASE JH-2024-SW-001", 0.04));

        assertThat(OnePerPenaltyArticle.collapse(ranked, PENALTY_ARTICLES::get)).extracting(Fused::key).containsExactly(
                "DV-发票管理办法-33-1-7", "PROVISION 发票管理办法/18", "DV-税收征收管理法-71-1", "CASE JH-2024-SW-001",
                "DV-发票管理办法-33-1-8", "PROVISION 发票管理办法/33");
    }

    @Test
    void hitsOnNoPenaltyArticleAreNeverTakenForRepeats() {
        List<Fused<String>> ranked = List.of(hit("PROVISION 发票管理办法/18", 0.2), hit("CASE JH-2024-SW-001", 0.1));

        assertThat(OnePerPenaltyArticle.collapse(ranked, PENALTY_ARTICLES::get)).isEqualTo(ranked);
    }

    private static Fused<String> hit(String key, double score) {
        return new Fused<>(key, score);
    }
}
