package dev.onecheck.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import dev.onecheck.search.index.SearchEvaluation.Question;
import org.junit.jupiter.api.Test;

class SearchEvaluationTest {

    /** A standard about {@code violated} articles and penalising by the others of {@code provisionIds}. */
    private static SearchHit standard(List<String> violated, String... provisionIds) {
        return new SearchHit(SearchKind.STANDARD, "x", 1, List.of(), List.of(provisionIds), violated, true);
    }

    private static SearchHit about(String... provisionIds) {
        return standard(List.of(), provisionIds);
    }

    private static SearchHit article(String id, String... violated) {
        return new SearchHit(SearchKind.PROVISION, id, 1, List.of(), List.of(id), List.of(violated), violated.length > 0);
    }

    @Test
    void aHitIsAboutAnArticleOfThatLaw() {
        List<Integer> article122 = List.of(122);

        assertThat(SearchEvaluation.about(List.of("食品安全法@2021-04-29/35", "食品安全法@2021-04-29/122"), "食品安全法", article122)).isTrue();
        assertThat(SearchEvaluation.about(List.of("食品安全法@2021-04-29/122-1"), "食品安全法", article122)).isTrue();
        assertThat(SearchEvaluation.about(List.of("食品安全法@2021-04-29/12"), "食品安全法", article122)).isFalse();
        assertThat(SearchEvaluation.about(List.of("食品安全法实施条例@2019-10-11/122"), "食品安全法", article122)).isFalse();
    }

    @Test
    void figuresCountRanksWithinTheDepth() {
        Map<String, List<SearchHit>> results = Map.of(
                "first", List.of(about("甲法@2020-01-01/1")),
                "third", List.of(about("乙法@2020-01-01/9"), about("乙法@2020-01-01/8"), about("乙法@2020-01-01/2")),
                "missed", List.of(about("丙法@2020-01-01/5")));
        SearchEvaluation.Report report = SearchEvaluation.run(List.of(new Question("first", "甲法", 1, List.of()),
                new Question("third", "乙法", 2, List.of()), new Question("missed", "丙法", 3, List.of())), results::get);

        assertThat(report.outcomes()).extracting(SearchEvaluation.Outcome::rank).containsExactly(1, 3, 0);
        assertThat(report.hitAt(1)).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(report.hitAt(3)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(report.meanReciprocalRank()).isCloseTo((1 + 1 / 3.0) / 3, within(1e-9));
    }

    @Test
    void theDutyArticleAnswersAnyMatchButOnlyThePenaltyArticleCountsForThePenaltyFigures() {
        String duty = "食品安全法@2021-04-29/35";
        String penalty = "食品安全法@2021-04-29/122";
        Question q = new Question("饭馆没办证就营业", "食品安全法", 122, List.of(35));
        SearchEvaluation.Report report = SearchEvaluation.run(List.of(q),
                text -> List.of(article(duty), standard(List.of(duty), duty, penalty), article(penalty, duty)));

        assertThat(report.outcomes().getFirst().rank()).isEqualTo(1);
        assertThat(report.outcomes().getFirst().penaltyRank()).isEqualTo(2);
        assertThat(report.penaltyHitAt(1)).isZero();
        assertThat(report.penaltyMeanReciprocalRank()).isCloseTo(0.5, within(1e-9));
    }
}
