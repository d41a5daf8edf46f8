package dev.onecheck.gateway;

import static dev.onecheck.gateway.GatewayGraphQl.argument;
import static dev.onecheck.gateway.GatewayGraphQl.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.onecheck.infra.test.TestStack;
import dev.onecheck.search.index.KnowledgeBaseFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.JsonNode;

/** {@code search} end to end: GraphQL → Elasticsearch → hits resolved in the graph, per role. */
@GatewayTest
@Import(CypherRoundTrips.class)
class SearchIT {

    private static final String UNLICENSED = "未取得食品经营许可从事食品经营活动";

    @LocalServerPort
    int port;

    @BeforeAll
    static void knowledgeBase() throws Exception {
        KnowledgeBaseFixture.loadAndIndex(TestStack.driver(), TestStack.endpoints());
    }

    private GraphQlTester as(String token) {
        return GatewayGraphQl.as(port, token);
    }

    private GraphQlTester.Response standards(int first) {
        return as(TestTokens.officer()).documentName("searchStandards").variable("text", UNLICENSED).variable("first", first).execute();
    }

    private GraphQlTester.Response page(String text, Map<String, Object> variables) {
        return as(TestTokens.officer()).documentName("searchPage").variable("text", text).variables(variables).execute();
    }

    @Test
    void theOfficersQuestionGetsTheViolationItsArticlesAndTheFineRange() {
        standards(5).path("search.edges[0].node", first -> first
                .path("kind").entity(String.class).isEqualTo("STANDARD")
                .path("highlights").entityList(String.class).satisfies(highlights -> assertThat(highlights.toString()).contains("<em>"))
                .path("standard.violation.name").entity(String.class).isEqualTo(UNLICENSED)
                .path("standard.violation.department.name").entity(String.class).isEqualTo("江海市市场监督管理局")
                .path("standard.violatedProvision.article").entity(Integer.class).isEqualTo(35)
                .path("standard.penaltyProvision.article").entity(Integer.class).isEqualTo(122)
                .path("standard.penaltyProvision.law.title").entity(String.class).isEqualTo("中华人民共和国食品安全法")
                .path("standard.penaltyProvision.law.level").entity(String.class).isEqualTo("法律")
                .path("standard.tiers[1].level").entity(String.class).isEqualTo("一般")
                .path("standard.tiers[1].when.below").entity(Double.class).isEqualTo(10000.0)
                .path("standard.tiers[1].fine.min").entity(Double.class).isEqualTo(50000.0)
                .path("standard.tiers[1].fine.max").entity(Double.class).isEqualTo(100000.0)
                .path("standard.tiers[2].fine.kind").entity(String.class).isEqualTo("MULTIPLE")
                .path("standard.tiers[2].fine.basis").entity(String.class).isEqualTo("货值金额")
                .path("provision").valueIsNull());
    }

    @Test
    void aConductNobodyCuratedFindsItsPenaltyArticleWithTheArticleItBreaksAndTheAdviceArgument() {
        String penalty = KnowledgeBaseFixture.CHILD_LABOUR + "/8";
        as(TestTokens.officer()).documentName("searchHitLinks").variable("text", "招工的时候不留员工身份证这些登记材料").execute()
                .path("search.edges[0].node", first -> first
                        .path("kind").entity(String.class).isEqualTo("PROVISION")
                        .path("provision.id").entity(String.class).isEqualTo(penalty)
                        .path("violatedProvisions[*].id").entityList(String.class).containsExactly(KnowledgeBaseFixture.CHILD_LABOUR + "/4")
                        .path("advice.provision").entity(String.class).isEqualTo(penalty)
                        .path("advice.violation").valueIsNull());
    }

    @Test
    void aStandardHitAnswersThroughItsViolationBesideItsViolatedArticle() {
        as(TestTokens.officer()).documentName("searchHitLinks").variable("text", UNLICENSED).execute()
                .path("search.edges[0].node", first -> first
                        .path("standard.code").entity(String.class).isEqualTo("SP-001-JH2024")
                        .path("violatedProvisions[*].article").entityList(Integer.class).containsExactly(35)
                        .path("advice.violation").entity(String.class).isEqualTo("SP-001")
                        .path("advice.provision").valueIsNull());
    }

    @Test
    void articleAndCaseHitsResolveToTheirGraphObjects() {
        standards(10)
                .path("search.edges[*].node.provision.law.title").entityList(String.class)
                .satisfies(titles -> assertThat(titles).anySatisfy(title -> assertThat(title).isNotEmpty()))
                .path("search.edges[*].node.case.violation.name").entityList(String.class).contains(UNLICENSED);
    }

    @Test
    void hitsCostOneRoundTripPerLevelWhateverTheirNumber() {
        CypherRoundTrips.reset();
        GraphQlTester.Response few = standards(2);
        int forFew = CypherRoundTrips.count();
        CypherRoundTrips.reset();
        GraphQlTester.Response many = standards(8);
        int forMany = CypherRoundTrips.count();

        few.path("search.edges").entityList(Object.class).hasSize(2);
        many.path("search.edges").entityList(Object.class).hasSizeGreaterThan(4);
        assertThat(forMany).isLessThanOrEqualTo(forFew + 6);
        // standard, provision, case; then violation, department, articles, tiers, laws …: bounded by the levels, not the hits.
        assertThat(forMany).isLessThanOrEqualTo(16);
    }

    @Test
    void thePublicDoesNotFindUnpublishedCases() {
        String charging = "楼道内为电动自行车充电";
        String publicToken = TestTokens.token("public", List.of("PUBLIC"), null, null);

        as(TestTokens.officer()).documentName("searchCases").variable("text", charging).execute()
                .path("search.edges[*].node.case.code").entityList(String.class).contains("JH-2024-XF-007");
        as(publicToken).documentName("searchCases").variable("text", charging).execute()
                .path("search.edges[*].node.case.code").entityList(String.class).doesNotContain("JH-2024-XF-007");
        as(TestTokens.enterprise()).documentName("searchCases").variable("text", charging).execute()
                .path("search.edges[*].node.case.code").entityList(String.class).doesNotContain("JH-2024-XF-007");
    }

    @Test
    void pagesFollowEachOtherByCursor() {
        String text = "食品 许可 疏散通道";
        JsonNode first = page(text, Map.of("first", 2))
                .path("search.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("search").entity(JsonNode.class).get();
        page(text, Map.of("first", 2, "after", first.at("/pageInfo/endCursor").asString()))
                .path("search.edges").entityList(Object.class).hasSize(2)
                .path("search.edges[0].node.score").entity(Double.class)
                .satisfies(score -> assertThat(score).isLessThanOrEqualTo(first.at("/edges/1/node/score").asDouble()))
                .path("search.edges[0].cursor").entity(String.class).isNotEqualTo(first.at("/edges/1/cursor").asString());
    }

    @Test
    void filtersAndSuggestionsWork() {
        as(TestTokens.officer()).documentName("searchStandardCodes").variable("text", "电动自行车 食品 许可")
                .variable("filter", Map.of("domains", List.of("消防"))).execute()
                .path("search.edges[*].node.standard.code").entityList(String.class).containsExactly("XF-006-JH2024");
        as(TestTokens.officer()).documentName("searchSuggestions").variable("prefix", "饭馆").execute()
                .path("searchSuggestions").entityList(String.class)
                .satisfies(suggestions -> assertThat(suggestions.toString()).contains("饭馆没办证就营业"));
    }

    @Test
    void badArgumentsAreNamed() {
        page("  ", Map.of()).errors().satisfy(codes("BAD_USER_INPUT").andThen(argument("text")));
        page("食品", Map.of("filter", Map.of("inForceOn", "2024-13-01"))).errors().satisfy(argument("filter.inForceOn"));
        page("食品", Map.of("first", 101)).errors().satisfy(argument("first"));
    }
}
