package dev.onecheck.gateway;

import static dev.onecheck.gateway.GatewayGraphQl.code;
import static dev.onecheck.gateway.GatewayGraphQl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onecheck.infra.test.EmbeddedStack;
import dev.onecheck.infra.test.TestStack;
import dev.onecheck.search.index.KnowledgeBaseFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A gateway whose stores refuse its credentials (a password rotated in one place and not the other): the search
 * fields answer SEARCH_UNAVAILABLE (Elasticsearch's 401), the graph fields GRAPH_UNAVAILABLE (Neo4j's authentication
 * failure), not INTERNAL_ERROR; the cause is in the log, not in the response. Neo4j's side uses a user that does not
 * exist: wrong passwords for the stack's own user would lock it for the other test classes of this JVM.
 */
@EmbeddedStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"onecheck.search.drain-interval=1h", "onecheck.search.warm-up=0s"})
@Import({TestTokens.TrustTestTokens.class, BackendCredentialsIT.RefusedCredentials.class})
@ExtendWith(OutputCaptureExtension.class)
class BackendCredentialsIT {

    private static final String UNKNOWN_USER = "not-a-stack-user";
    private static final String WRONG_PASSWORD = "not-the-password";

    @TestConfiguration(proxyBeanMethods = false)
    static class RefusedCredentials {
        @Bean
        DynamicPropertyRegistrar refusedCredentials() {
            return registry -> {
                registry.add("spring.neo4j.uri", () -> TestStack.endpoints().bolt().toString());
                registry.add("spring.neo4j.authentication.username", () -> UNKNOWN_USER);
                registry.add("spring.neo4j.authentication.password", () -> WRONG_PASSWORD);
                registry.add("spring.elasticsearch.uris", () -> TestStack.endpoints().elasticsearch().toString());
                registry.add("spring.elasticsearch.username", () -> TestStack.endpoints().elasticsearchUser());
                registry.add("spring.elasticsearch.password", () -> WRONG_PASSWORD);
            };
        }
    }

    @LocalServerPort
    int port;

    @Test
    void refusedCredentialsAreNamedFaultsWithTheCauseInTheLogOnly(CapturedOutput log) {
        GraphQlTester.Response response = GatewayGraphQl.as(port, TestTokens.officer()).documentName("graphBesideSearch")
                .variable("provision", KnowledgeBaseFixture.FOOD_2021 + "#第三十五条").execute();

        response.errors().satisfy(errors -> assertThat(errors).extracting(e -> code(e) + " at " + e.getPath())
                        .containsExactlyInAnyOrder("GRAPH_UNAVAILABLE at provision", "GRAPH_UNAVAILABLE at laws", "SEARCH_UNAVAILABLE at search"))
                .path("provision").valueIsNull()
                .path("laws").valueIsNull()
                .path("search").valueIsNull();
        assertThat(json(response)).doesNotContain("Exception", "security_exception", "authenticat", UNKNOWN_USER);
        assertThat(log.getAll())
                .contains("SEARCH_UNAVAILABLE at /search").contains("security_exception")
                .contains("GRAPH_UNAVAILABLE at /provision").contains("authentication failure");
    }
}
