package dev.onecheck.gateway;

import static dev.onecheck.gateway.GatewayGraphQl.codeAt;
import static dev.onecheck.gateway.GatewayGraphQl.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.onecheck.infra.test.EmbeddedStack;
import dev.onecheck.infra.test.TestStack;
import dev.onecheck.search.index.KnowledgeBaseFixture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Elasticsearch down (nothing listens on its address): the graph part of a response still answers. */
@EmbeddedStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"onecheck.search.drain-interval=1h", "onecheck.search.warm-up=0s"})
@Import({TestTokens.TrustTestTokens.class, SearchUnavailableIT.NoElasticsearch.class})
class SearchUnavailableIT {

    @TestConfiguration(proxyBeanMethods = false)
    static class NoElasticsearch {
        @Bean
        DynamicPropertyRegistrar realNeo4jButNoElasticsearch() {
            return registry -> {
                registry.add("spring.neo4j.uri", () -> TestStack.endpoints().bolt().toString());
                registry.add("spring.neo4j.authentication.username", () -> TestStack.endpoints().neo4jUser());
                registry.add("spring.neo4j.authentication.password", () -> TestStack.endpoints().neo4jPassword());
                registry.add("spring.elasticsearch.uris", () -> "http://127.0.0.1:1");
            };
        }
    }

    @LocalServerPort
    int port;

    private GraphQlTester officer() {
        return GatewayGraphQl.as(port, TestTokens.officer());
    }

    @Test
    void theSearchFieldFailsAloneWithAStableCode() {
        GraphQlTester.Response response = officer().documentName("meAndSearch").variable("text", "无证经营").execute();

        response.errors().satisfy(codeAt("SEARCH_UNAVAILABLE", "search"))
                .path("me.account").entity(String.class).isEqualTo("officer");
        assertThat(json(response)).doesNotContain("Exception", "127.0.0.1:1");
    }

    @Test
    void penaltyAdviceStillAnswersWithoutSimilarCases() {
        KnowledgeBaseFixture.load(TestStack.driver());
        officer().documentName("adviceWithoutSearch").variable("violation", "SP-001")
                .variable("facts", Map.of("committedOn", "2026-05-01", "goodsValue", 3000)).execute()
                .errors().satisfy(codeAt("SEARCH_UNAVAILABLE", "penaltyAdvice.similarCases")
                        .andThen(errors -> assertThat(errors.getFirst().getParsedPath()).containsExactly("penaltyAdvice", "similarCases")))
                .path("penaltyAdvice.outcome").entity(String.class).isEqualTo("PUNISH")
                .path("penaltyAdvice.range.min").entity(Double.class).isEqualTo(50000.0)
                .path("penaltyAdvice.similarCases").valueIsNull();
    }
}
