package dev.onecheck.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import dev.onecheck.search.index.SearchEvaluation.Question;
import org.junit.jupiter.api.Test;

class SearchEvaluationTest {

    private static SearchHit about(String... provisionIds) {
        return new SearchHit(SearchKind.STANDARD, "x", 1, List.of(), List.of(provisionIds));
    }

    @Test
    void aHitAnswersWhenItIsAboutTheArticleOfThatLaw() {
        Question q = new Question("无证经营", "食品安全法", 122);

        assertThat(SearchEvaluation.answers(about("食品安全法@2021-04-29/35", "食品安全法@2021-04-29/122"), q)).isTrue();
        assertThat(SearchEvaluation.answers(about("食品安全法@2021-04-29/122-1"), q)).isTrue();
        assertThat(SearchEvaluation.answers(about("食品安全法@2021-04-29/12"), q)).isFalse();
        assertThat(SearchEvaluation.answers(about("食品安全法实施条例@2019-10-11/122"), q)).isFalse();
    }

    @Test
    void figuresCountRanksWithinTheDepth() {
        Map<String, List<SearchHit>> results = Map.of(
                "first", List.of(about("甲法@2020-01-01/1")),
                "third", List.of(about("乙法@2020-01-01/9"), about("乙法@2020-01-01/8"), about("乙法@2020-01-01/2")),
                "missed", List.of(about("丙法@2020-01-01/5")));
        SearchEvaluation.Report report = SearchEvaluation.run(List.of(new Question("first", "甲法", 1),
                new Question("third", "乙法", 2), new Question("missed", "丙法", 3)), results::get);

        assertThat(report.outcomes()).extracting(SearchEvaluation.Outcome::rank).containsExactly(1, 3, 0);
        assertThat(report.hitAt(1)).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(report.hitAt(3)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(report.meanReciprocalRank()).isCloseTo((1 + 1 / 3.0) / 3, within(1e-9));
    }
}
