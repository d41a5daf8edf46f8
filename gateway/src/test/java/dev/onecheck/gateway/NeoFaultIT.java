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
 * Neo4j hanging or dying costs only the graph fields (#20, finding 4): a search in the same request answers, the
 * graph field fails with GRAPH_UNAVAILABLE within the driver's timeouts instead of holding the request until its
 * TIMEOUT, health answers and says neo4j is DOWN while elasticsearch is UP, and the graph comes back without
 * restarting the gateway — after a hang once the process resumes, after a crash once the stack has started Neo4j
 * again. Each test leaves Neo4j answering, for the test classes after it.
 */
@GatewayTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NeoFaultIT {

    /** An article id: whether it exists does not matter, only that answering needs Neo4j. */
    private static final String PROVISION = KnowledgeBaseFixture.FOOD_2021 + "#第三十五条";

    @LocalServerPort
    int port;

    @BeforeAll
    static void knowledgeBase() throws Exception {
        KnowledgeBaseFixture.loadAndIndex(TestStack.driver(), TestStack.endpoints());
    }

    @Test
    @Order(1)
    void aHungGraphDatabaseFailsOnlyTheGraphFieldAndHealthSaysSo() throws Exception {
        ProcessHandle server = TestStack.neo4jServer();
        assertThat(graphAnswers()).as("the graph answers before the fault").isTrue();
        Faults.signal("STOP", server);
        try {
            for (int i = 0; i < 3; i++) {
                graphFailsAlone();
            }
            JsonNode health = Faults.health(port);
            assertThat(health.at("/components/neo4j/status").asString()).isEqualTo("DOWN");
            assertThat(health.at("/components/elasticsearch/status").asString()).isEqualTo("UP");
        } finally {
            // Unless the stack has meanwhile replaced the stopped server (after 15 s), which is a failure above.
            if (server.isAlive()) {
                Faults.signal("CONT", server);
            }
        }
        Faults.await("the graph", this::graphAnswers);
    }

    @Test
    @Order(2)
    void aCrashedGraphDatabaseIsStartedAgainWhileSearchGoesOn() throws Exception {
        ProcessHandle server = TestStack.neo4jServer();
        Faults.signal("KILL", server);
        server.onExit().get();
        graphFailsAlone();

        Faults.await("the graph", this::graphAnswers);
        assertThat(TestStack.neo4jServer().pid()).as("a new server").isNotEqualTo(server.pid());
        assertThat(Faults.health(port).at("/components/neo4j/status").asString()).isEqualTo("UP");
    }

    /**
     * The search answers; the graph fields alone fail, with GRAPH_UNAVAILABLE rather than a TIMEOUT of the request —
     * a list too (`laws`, nullable since a non-null root field blanked the whole response, search included).
     */
    private void graphFailsAlone() {
        ask().errors().satisfy(GatewayGraphQl.codeAt("GRAPH_UNAVAILABLE", "provision", "laws"))
                .path("provision").valueIsNull()
                .path("laws").valueIsNull()
                .path("search.edges").entityList(Object.class).hasSize(1);
    }

    /**
     * Whether the graph answers again: no error, and the search as always. Not yet: GRAPH_UNAVAILABLE, or TIMEOUT
     * while a Neo4j just started (recovering its store on a loaded machine) is slower than the transaction timeout.
     */
    private boolean graphAnswers() {
        GraphQlTester.Response response = ask();
        if (!response.returnResponse().getErrors().isEmpty()) {
            response.errors().satisfy(errors -> assertThat(errors).extracting(GatewayGraphQl::code).isSubsetOf("GRAPH_UNAVAILABLE", "TIMEOUT"));
            return false;
        }
        response.path("search.edges").entityList(Object.class).hasSize(1);
        return true;
    }

    private GraphQlTester.Response ask() {
        return GatewayGraphQl.as(port, TestTokens.officer()).documentName("graphBesideSearch")
                .variable("provision", PROVISION).execute();
    }
}
