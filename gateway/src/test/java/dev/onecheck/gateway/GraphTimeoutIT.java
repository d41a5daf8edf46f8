package dev.onecheck.gateway;

import static dev.onecheck.gateway.GatewayGraphQl.codes;
import static dev.onecheck.gateway.PlanningFixture.SCJG;
import static dev.onecheck.gateway.PlanningFixture.firm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.onecheck.infra.test.TestStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Issue 20: a graph query that runs or waits too long is stopped by Neo4j itself at the gateway's transaction timeout
 * ({@code onecheck.neo4j.transaction-timeout}, 5 s), not left running after the request gave up — running Cypher
 * cannot be interrupted from the client, and in the soak a blocked mutation held its connection for 54 s.
 */
@GatewayTest
class GraphTimeoutIT {

    @LocalServerPort
    int port;

    @BeforeEach
    void restaurants() {
        PlanningFixture.load(TestStack.driver());
    }

    @Test
    void aMutationBlockedOnALockIsStoppedByNeo4jAndAnswersTimeout() throws Exception {
        String uscc = firm(1);
        try (Session session = TestStack.driver().session(); Transaction holder = session.beginTransaction()) {
            // Another writer holds the firm's record: setWhiteListed waits for its lock.
            holder.run("MATCH (s:Subject {uscc: $uscc}) SET s.heldByTest = true", Map.of("uscc", uscc)).consume();
            long start = System.nanoTime();
            CompletableFuture<GraphQlTester.Response> answer = CompletableFuture.supplyAsync(() ->
                    GatewayGraphQl.as(port, PlanningIT.admin(SCJG)).documentName("setWhiteListed").variable("uscc", uscc)
                            .variable("whiteListed", true).variable("reason", "投诉核实").execute());
            // Without a transaction timeout the mutation waits as long as the lock is held: here, until this fails.
            GraphQlTester.Response response = answer.get(12, TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            response.errors().satisfy(codes("TIMEOUT").andThen(errors ->
                    assertThat(errors.getFirst().getMessage()).contains("transaction timeout")));
            assertThat(took).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(9));
            holder.rollback();
        }
        // Neo4j rolled the mutation back: neither the change nor its audit entry was written.
        assertThat(TestStack.driver().executableQuery("MATCH (s:Subject {uscc: $uscc}) RETURN s.whiteListed AS w")
                .withParameters(Map.of("uscc", uscc)).execute().records().getFirst().get("w").asBoolean()).isFalse();
        assertThat(TestStack.driver().executableQuery("MATCH (a:AuditEntry {operation: 'setWhiteListed'}) RETURN count(a) AS n")
                .execute().records().getFirst().get("n").asLong()).isZero();
    }

    /** A transaction that sets no timeout of its own (a console, a stray script) is cut by the stack's Neo4j after 60 s. */
    @Test
    void theStacksNeo4jCutsEveryTransactionAfterAMinute() {
        String value = TestStack.driver().executableQuery("SHOW SETTINGS YIELD name, value WHERE name = 'db.transaction.timeout' RETURN value")
                .execute().records().getFirst().get("value").asString();
        assertThat(value).isIn("60s", "1m", "60000ms");
    }
}
