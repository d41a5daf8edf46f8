package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.onecheck.infra.test.TestStack;
import dev.onecheck.search.index.IndexProjector;
import dev.onecheck.search.index.KnowledgeBaseFixture;
import dev.onecheck.search.index.TextEmbedder;
import dev.onecheck.store.outbox.IndexOutbox;
import dev.onecheck.store.outbox.IndexSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** {@code search} end to end: GraphQL → Elasticsearch → hits resolved in the graph, per role. */
@GatewayTest
@Import(CypherRoundTrips.class)
class SearchIT {

    private static final String STANDARD_QUERY = """
            { search(text: "未取得食品经营许可从事食品经营活动", first: %d) { edges { node { kind score highlights
                standard { code violation { name department { name } }
                  violatedProvision { article law { title } }
                  penaltyProvision { article text law { title level } }
                  tiers { level circumstances when { basis atLeast below } fine { kind basis min max } measures } }
                provision { id article law { id title } }
                case { code title violation { name } cites { article } } } } pageInfo { hasNextPage endCursor } } }""";

    @LocalServerPort
    int port;

    @BeforeAll
    static void knowledgeBase() throws Exception {
        KnowledgeBaseFixture.load(TestStack.driver());
        try (ElasticsearchClient es = ElasticsearchClient.of(b -> b.host(TestStack.endpoints().elasticsearch().toString()))) {
            new IndexProjector(es, new IndexSource(TestStack.driver()), new IndexOutbox(TestStack.driver()), new TextEmbedder(), false,
                    (step, done, total) -> { }).rebuild();
        }
    }

    private JsonNode query(String query, String token) throws Exception {
        return new GraphQlHttp(port).post(query, token).body();
    }

    @Test
    void theOfficersQuestionGetsTheViolationItsArticlesAndTheFineRange() throws Exception {
        JsonNode first = query(STANDARD_QUERY.formatted(5), TestTokens.officer()).at("/data/search/edges/0/node");

        assertThat(first.at("/kind").asString()).isEqualTo("STANDARD");
        assertThat(first.at("/highlights").toString()).contains("<em>");
        JsonNode standard = first.at("/standard");
        assertThat(standard.at("/violation/name").asString()).isEqualTo("未取得食品经营许可从事食品经营活动");
        assertThat(standard.at("/violation/department/name").asString()).isEqualTo("江海市市场监督管理局");
        assertThat(standard.at("/violatedProvision/article").asInt()).isEqualTo(35);
        assertThat(standard.at("/penaltyProvision/article").asInt()).isEqualTo(122);
        assertThat(standard.at("/penaltyProvision/law/title").asString()).isEqualTo("中华人民共和国食品安全法");
        assertThat(standard.at("/penaltyProvision/law/level").asString()).isEqualTo("法律");
        assertThat(standard.at("/tiers/1/level").asString()).isEqualTo("一般");
        assertThat(standard.at("/tiers/1/when/below").asDouble()).isEqualTo(10000);
        assertThat(standard.at("/tiers/1/fine/min").asDouble()).isEqualTo(50000);
        assertThat(standard.at("/tiers/1/fine/max").asDouble()).isEqualTo(100000);
        assertThat(standard.at("/tiers/2/fine/kind").asString()).isEqualTo("MULTIPLE");
        assertThat(standard.at("/tiers/2/fine/basis").asString()).isEqualTo("货值金额");
        assertThat(first.at("/provision").isNull()).isTrue();
    }

    @Test
    void articleAndCaseHitsResolveToTheirGraphObjects() throws Exception {
        JsonNode edges = query(STANDARD_QUERY.formatted(10), TestTokens.officer()).at("/data/search/edges");

        assertThat(edges.findValues("provision")).anySatisfy(p -> assertThat(p.at("/law/title").asString()).isNotEmpty());
        assertThat(edges.findValues("case")).anySatisfy(c -> assertThat(c.at("/violation/name").asString())
                .isEqualTo("未取得食品经营许可从事食品经营活动"));
    }

    @Test
    void hitsCostOneRoundTripPerLevelWhateverTheirNumber() throws Exception {
        CypherRoundTrips.reset();
        JsonNode few = query(STANDARD_QUERY.formatted(2), TestTokens.officer());
        int forFew = CypherRoundTrips.count();
        CypherRoundTrips.reset();
        JsonNode many = query(STANDARD_QUERY.formatted(8), TestTokens.officer());
        int forMany = CypherRoundTrips.count();

        assertThat(few.at("/data/search/edges").size()).isEqualTo(2);
        assertThat(many.at("/data/search/edges").size()).isGreaterThan(4);
        assertThat(forMany).isLessThanOrEqualTo(forFew + 6);
        // standard, provision, case; then violation, department, articles, tiers, laws …: bounded by the levels, not the hits.
        assertThat(forMany).isLessThanOrEqualTo(16);
    }

    @Test
    void thePublicDoesNotFindUnpublishedCases() throws Exception {
        String cases = "{ search(text: \"楼道内为电动自行车充电\", kinds: [CASE]) { edges { node { case { code } } } } }";
        String publicToken = TestTokens.token("public", List.of("PUBLIC"), null, null);

        assertThat(query(cases, TestTokens.officer()).at("/data/search/edges").findValuesAsString("code")).contains("JH-2024-XF-007");
        assertThat(query(cases, publicToken).at("/data/search/edges").findValuesAsString("code")).doesNotContain("JH-2024-XF-007");
        assertThat(query(cases, TestTokens.enterprise()).at("/data/search/edges").findValuesAsString("code")).doesNotContain("JH-2024-XF-007");
    }

    @Test
    void pagesFollowEachOtherByCursor() throws Exception {
        String page = "{ search(text: \"食品 许可 疏散通道\", first: 2%s) { edges { node { kind score } cursor } pageInfo { hasNextPage endCursor } } }";
        JsonNode first = query(page.formatted(""), TestTokens.officer()).at("/data/search");
        JsonNode second = query(page.formatted(", after: \"" + first.at("/pageInfo/endCursor").asString() + "\""), TestTokens.officer())
                .at("/data/search");

        assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        assertThat(second.at("/edges").size()).isEqualTo(2);
        assertThat(second.at("/edges/0/node/score").asDouble()).isLessThanOrEqualTo(first.at("/edges/1/node/score").asDouble());
        assertThat(second.at("/edges/0/cursor").asString()).isNotEqualTo(first.at("/edges/1/cursor").asString());
    }

    @Test
    void filtersAndSuggestionsWork() throws Exception {
        JsonNode fire = query("{ search(text: \"电动自行车 食品 许可\", kinds: [STANDARD], filter: {domains: [\"消防\"]}) "
                + "{ edges { node { standard { code } } } } }", TestTokens.officer());
        JsonNode suggestions = query("{ searchSuggestions(prefix: \"饭馆\") }", TestTokens.officer());

        assertThat(fire.at("/data/search/edges").findValuesAsString("code")).containsExactly("XF-006-JH2024");
        assertThat(suggestions.at("/data/searchSuggestions").toString()).contains("饭馆没办证就营业");
    }

    @Test
    void badArgumentsAreNamed() throws Exception {
        JsonNode blank = query("{ search(text: \"  \") { edges { cursor } } }", TestTokens.officer());
        JsonNode badDate = query("{ search(text: \"食品\", filter: {inForceOn: \"2024-13-01\"}) { edges { cursor } } }", TestTokens.officer());
        JsonNode tooMany = query("{ search(text: \"食品\", first: 101) { edges { cursor } } }", TestTokens.officer());

        assertThat(blank.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(blank.at("/errors/0/extensions/argument").asString()).isEqualTo("text");
        assertThat(badDate.at("/errors/0/extensions/argument").asString()).isEqualTo("filter.inForceOn");
        assertThat(tooMany.at("/errors/0/extensions/argument").asString()).isEqualTo("first");
    }
}
