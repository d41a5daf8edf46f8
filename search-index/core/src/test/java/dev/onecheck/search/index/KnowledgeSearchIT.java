package dev.onecheck.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.onecheck.infra.stack.StackEndpoints;
import dev.onecheck.infra.test.EmbeddedStack;
import dev.onecheck.store.Page;
import dev.onecheck.store.outbox.IndexOutbox;
import dev.onecheck.store.outbox.IndexSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** The query side against real Elasticsearch with the project's plugin, over a knowledge base rebuilt from the graph. */
@EmbeddedStack
class KnowledgeSearchIT {

    private static final TextEmbedder EMBEDDER = new TextEmbedder();
    private static ElasticsearchClient es;
    private static KnowledgeSearch search;

    @BeforeAll
    static void indexTheKnowledgeBase(Driver driver, StackEndpoints stack) throws IOException {
        KnowledgeBaseFixture.load(driver);
        es = KnowledgeBaseFixture.client(stack);
        new IndexProjector(es, new IndexSource(driver), new IndexOutbox(driver), EMBEDDER, true, (step, done, total) -> { }).rebuild();
        search = new KnowledgeSearch(es, EMBEDDER);
    }

    @AfterAll
    static void close() throws Exception {
        es.close();
    }

    private static SearchQuery query(String text, List<SearchKind> kinds, SearchQuery.Filter filter, int offset, int size) {
        return new SearchQuery(text, kinds, filter, false, offset, size);
    }

    @Test
    void theFormalPhraseFindsTheStandardAndItsArticlesFirst() {
        List<SearchHit> hits = search.search(query("未取得食品经营许可从事食品经营活动", null, null, 0, 5)).rows();

        assertThat(hits.getFirst().kind()).isEqualTo(SearchKind.STANDARD);
        assertThat(hits.getFirst().id()).isEqualTo("SP-001");
        assertThat(hits.getFirst().provisionIds()).contains(KnowledgeBaseFixture.FOOD_2021 + "/122");
        assertThat(hits.getFirst().highlights()).anySatisfy(h -> assertThat(h).contains("<em>"));
    }

    @Test
    void conductNobodyCuratedFindsThePenaltyArticleWithTheDutyItBreaksBesideIt() {
        SearchHit first = search.search(query("招工的时候不留员工身份证这些登记材料", null, null, 0, 5)).rows().getFirst();

        assertThat(first.kind()).isEqualTo(SearchKind.PROVISION);
        assertThat(first.id()).isEqualTo(KnowledgeBaseFixture.CHILD_LABOUR + "/8");
        assertThat(first.violatedProvisionIds()).containsExactly(KnowledgeBaseFixture.CHILD_LABOUR + "/4");
        assertThat(first.setsPenalty()).isTrue();
    }

    @Test
    void questionsOnTheGeneralRulesFindThemFirst() {
        assertThat(search.search(query("过了两年才发现还罚吗", null, null, 0, 5)).rows().getFirst().id())
                .isEqualTo(KnowledgeBaseFixture.PUNISHMENT + "/36");
        // Both rules come before anything that merely shares the words (首违不罚 and the time bar are near neighbours).
        assertThat(search.search(query("第一次违法改了能不罚吗", null, null, 0, 5)).rows().subList(0, 2)).extracting(SearchHit::id)
                .containsExactlyInAnyOrder(KnowledgeBaseFixture.PUNISHMENT + "/33", KnowledgeBaseFixture.PUNISHMENT + "/36");
    }

    @Test
    void highlightsMarkTheMatchedWords() {
        SearchHit hit = search.keywordOnly(query("超过保质期的食品", List.of(SearchKind.PROVISION), null, 0, 1)).rows().getFirst();

        assertThat(hit.id()).isEqualTo(KnowledgeBaseFixture.FOOD_2021 + "/124");
        assertThat(String.join(" ", hit.highlights())).containsPattern("<em>[^<]*保质期[^<]*</em>");
    }

    @Test
    void legalSynonymsMatchWhatTheLawSays() {
        // 无证 is how officers say it; the law says 未取得…许可. Only the synonym list joins them.
        List<SearchHit> hits = search.keywordOnly(query("无证从事食品经营", List.of(SearchKind.PROVISION), null, 0, 10)).rows();

        assertThat(hits).extracting(SearchHit::id).contains(KnowledgeBaseFixture.RULE + "/50");
    }

    @Test
    void filtersNarrowByLevelDepartmentDomainAndDate() {
        String text = "未取得食品生产经营许可从事食品生产经营活动";
        assertThat(search.search(query(text, List.of(SearchKind.PROVISION), new SearchQuery.Filter(List.of("部门规章"), null, null, null), 0, 10))
                .rows()).extracting(SearchHit::id).containsExactly(KnowledgeBaseFixture.RULE + "/50");
        assertThat(search.search(query("电动自行车 食品 许可", null, new SearchQuery.Filter(null, List.of("JH-XF"), null, null), 0, 20))
                .rows()).isNotEmpty().allSatisfy(h -> assertThat(h.id()).doesNotStartWith("SP-").doesNotStartWith("食品"));
        assertThat(search.search(query("电动自行车 食品 许可", List.of(SearchKind.STANDARD), new SearchQuery.Filter(null, null, List.of("消防"), null), 0, 20))
                .rows()).extracting(SearchHit::id).containsExactly("XF-006");

        // 2018: the 2015 version was in force; today: the 2021 one.
        assertThat(search.keywordOnly(query(text, List.of(SearchKind.PROVISION), new SearchQuery.Filter(null, null, null, LocalDate.of(2018, 1, 1)), 0, 10))
                .rows()).extracting(SearchHit::id).contains(KnowledgeBaseFixture.FOOD_2015 + "/122")
                .noneMatch(id -> id.startsWith(KnowledgeBaseFixture.FOOD_2021));
        assertThat(search.keywordOnly(query(text, List.of(SearchKind.PROVISION), new SearchQuery.Filter(null, null, null, LocalDate.of(2025, 1, 1)), 0, 10))
                .rows()).extracting(SearchHit::id).contains(KnowledgeBaseFixture.FOOD_2021 + "/122")
                .doesNotContain(KnowledgeBaseFixture.FOOD_2015 + "/122");
    }

    @Test
    void thePublicSeesPublishedCasesOnly() {
        SearchQuery all = query("楼道内为电动自行车充电", List.of(SearchKind.CASE), null, 0, 10);
        SearchQuery publishedOnly = new SearchQuery(all.text(), all.kinds(), null, true, 0, 10);

        assertThat(search.search(all).rows()).extracting(SearchHit::id).contains("JH-2024-XF-007");
        assertThat(search.search(publishedOnly).rows()).extracting(SearchHit::id).doesNotContain("JH-2024-XF-007");
    }

    @Test
    void pagesFollowEachOtherWithoutOverlap() {
        String text = "食品 许可 保质期 疏散通道";
        Page<SearchHit> first = search.search(query(text, null, null, 0, 2));
        Page<SearchHit> second = search.search(query(text, null, null, 2, 2));
        List<SearchHit> both = search.search(query(text, null, null, 0, 4)).rows();

        assertThat(first.hasNext()).isTrue();
        assertThat(first.rows()).hasSize(2);
        assertThat(second.rows()).extracting(SearchHit::id).doesNotContainAnyElementsOf(first.rows().stream().map(SearchHit::id).toList());
        assertThat(both.subList(0, 2)).extracting(SearchHit::id).containsExactlyElementsOf(first.rows().stream().map(SearchHit::id).toList());
    }

    @Test
    void theVectorPathFindsTheViolationAndIgnoresWhatIsUnrelated() {
        List<SearchHit> colloquial = search.vectorOnly(query("楼道里给电瓶车充电", List.of(SearchKind.STANDARD), null, 0, 5)).rows();
        List<SearchHit> unrelated = search.vectorOnly(query("明天会下雨吗", List.of(SearchKind.STANDARD), null, 0, 5)).rows();

        assertThat(colloquial.getFirst().id()).isEqualTo("XF-006");
        assertThat(unrelated).isEmpty();
    }

    @Test
    void aClueIsReadAsAViolationOnlyWhenItsMeaningIsNear() {
        // cosine similarities measured here: the complaints 0.66 and 0.71; 路灯坏了 0.50, 天气 0.46, the dog no neighbour
        assertThat(search.violationsFor("这家饭馆没办证就营业，后厨也脏得很", 1, 0.55)).containsExactly("SP-001");
        assertThat(search.violationsFor("饭店楼道里停电瓶车充电，安全出口都被堵死了", 1, 0.55)).containsExactly("XF-006");
        for (String unrelated : List.of("小区门口的路灯坏了好几天了", "今天天气很好，我想去公园散步", "邻居家的狗每天晚上叫")) {
            // the officers' search answers something whatever is asked; 研判 does not take it for a reading
            assertThat(search.search(query(unrelated, List.of(SearchKind.STANDARD), null, 0, 1)).rows()).as(unrelated).isNotEmpty();
            assertThat(search.violationsFor(unrelated, 1, 0.55)).as(unrelated).isEmpty();
        }
    }

    @Test
    void suggestionsCompleteWhatIsBeingTyped() {
        assertThat(search.suggest("饭馆", List.of(SearchKind.values()), 5, false)).contains("饭馆没办证就营业");
        assertThat(search.suggest("未取得食品", List.of(SearchKind.STANDARD), 5, false)).contains("未取得食品经营许可从事食品经营活动");
    }
}
