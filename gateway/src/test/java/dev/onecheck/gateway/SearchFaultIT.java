package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onecheck.infra.test.TestStack;
import dev.onecheck.search.index.KnowledgeBaseFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.JsonNode;

/**
 * Elasticsearch hanging or dying costs only the search fields (#20, finding 4): the graph part of the same request
 * answers, the search field fails with SEARCH_UNAVAILABLE instead of waiting out the request (TIMEOUT), health says
 * which part is down, and search comes back by itself — after a hang once the process resumes, after a crash once the
 * stack has started Elasticsearch again. Each test leaves Elasticsearch answering, for the test classes after it.
 */
@GatewayTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchFaultIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void knowledgeBase() throws Exception {
        KnowledgeBaseFixture.loadAndIndex(TestStack.driver(), TestStack.endpoints());
    }

    @Test
    @Order(1)
    void aHungSearchEngineFailsOnlyTheSearchFieldAndHealthSaysSo() throws Exception {
        ProcessHandle server = TestStack.elasticsearchServer();
        assertThat(searchAnswers()).as("search answers before the fault").isTrue();
        Faults.signal("STOP", server);
        try {
            for (int i = 0; i < 3; i++) {
                searchFailsAlone();
            }
            JsonNode health = Faults.health(port);
            assertThat(health.at("/components/elasticsearch/status").asString()).isEqualTo("DOWN");
            assertThat(health.at("/components/neo4j/status").asString()).isEqualTo("UP");
        } finally {
            Faults.signal("CONT", server);
        }
        awaitSearch();
    }

    @Test
    @Order(2)
    void aCrashedSearchEngineIsStartedAgainWhileTheGraphGoesOn() throws Exception {
        ProcessHandle server = TestStack.elasticsearchServer();
        Faults.signal("KILL", server);
        server.onExit().get();
        searchFailsAlone();

        awaitSearch();
        assertThat(TestStack.elasticsearchServer().pid()).as("a new server").isNotEqualTo(server.pid());
    }

    private void awaitSearch() throws InterruptedException {
        Faults.await("search", this::searchAnswers);
    }

    /** The graph part answers; the search field alone fails, with SEARCH_UNAVAILABLE rather than a TIMEOUT of the request. */
    private void searchFailsAlone() {
        ask().errors().satisfy(GatewayGraphQl.codeAt("SEARCH_UNAVAILABLE", "search"))
                .path("me.account").entity(String.class).isEqualTo("officer")
                .path("search").valueIsNull();
    }

    /** Whether search answers again: no error, one hit, and the graph part as always. */
    private boolean searchAnswers() {
        GraphQlTester.Response response = ask();
        if (!response.returnResponse().getErrors().isEmpty()) {
            response.errors().satisfy(GatewayGraphQl.codeAt("SEARCH_UNAVAILABLE", "search"));
            return false;
        }
        response.path("me.account").entity(String.class).isEqualTo("officer").path("search.edges").entityList(Object.class).hasSize(1);
        return true;
    }

    private GraphQlTester.Response ask() {
        return GatewayGraphQl.as(port, TestTokens.officer()).documentName("searchBesideTheGraph").execute();
    }
}
