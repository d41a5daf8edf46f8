package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onecheck.infra.test.EmbeddedStack;
import dev.onecheck.infra.test.TestStack;
import dev.onecheck.search.index.KnowledgeBaseFixture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistrar;
import tools.jackson.databind.JsonNode;

/** Elasticsearch down (nothing listens on its address): the graph part of a response still answers. */
@EmbeddedStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "onecheck.search.drain-interval=1h")
@Import({TestTokens.TrustTestTokens.class, SearchUnavailableIT.NoElasticsearch.class})
class SearchUnavailableIT {

    @TestConfiguration(proxyBeanMethods = false)
    static class NoElasticsearch {
        @Bean
        DynamicPropertyRegistrar realNeo4jButNoElasticsearch() {
            return registry -> {
                registry.add("spring.neo4j.uri", () -> TestStack.endpoints().bolt().toString());
                registry.add("spring.elasticsearch.uris", () -> "http://127.0.0.1:1");
            };
        }
    }

    @LocalServerPort
    int port;

    @Test
    void theSearchFieldFailsAloneWithAStableCode() throws Exception {
        JsonNode body = new GraphQlHttp(port).post("{ me { account } search(text: \"无证经营\") { edges { cursor } } }",
                TestTokens.officer()).body();

        assertThat(body.at("/data/me/account").asString()).isEqualTo("officer");
        assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("SEARCH_UNAVAILABLE");
        assertThat(body.at("/errors/0/path/0").asString()).isEqualTo("search");
        assertThat(body.toString()).doesNotContain("Exception", "127.0.0.1:1");
    }

    @Test
    void penaltyAdviceStillAnswersWithoutSimilarCases() throws Exception {
        KnowledgeBaseFixture.load(TestStack.driver());
        JsonNode body = new GraphQlHttp(port).post("""
                { penaltyAdvice(violation: "SP-001", facts: {committedOn: "2026-05-01", goodsValue: 3000}) {
                    outcome range { min max } similarCases { code } } }""", TestTokens.officer()).body();

        assertThat(body.at("/data/penaltyAdvice/outcome").asString()).isEqualTo("PUNISH");
        assertThat(body.at("/data/penaltyAdvice/range/min").asDouble()).isEqualTo(50000);
        assertThat(body.at("/data/penaltyAdvice/similarCases").isNull()).isTrue();
        assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("SEARCH_UNAVAILABLE");
        assertThat(body.at("/errors/0/path").toString()).isEqualTo("[\"penaltyAdvice\",\"similarCases\"]");
    }
}
