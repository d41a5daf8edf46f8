package dev.onecheck.gateway;

import static dev.onecheck.gateway.PlanningFixture.SCJG;
import static dev.onecheck.gateway.PlanningFixture.firm;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import dev.onecheck.infra.test.TestStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 20: a request that outlives the servlet's asynchronous timeout — here a mutation waiting for a lock, which
 * Neo4j stops only at the 5 s transaction timeout, against an asynchronous timeout of 1 s — gets the gateway's 503
 * with {@code Retry-After} and {@code TIMEOUT}, not Spring MVC's bare 503 (the soak's one mutation after 54 s).
 */
@GatewayTest
@TestPropertySource(properties = "spring.mvc.async.request-timeout=1s")
class AsyncTimeoutIT {

    @LocalServerPort
    int port;

    @BeforeEach
    void restaurants() {
        PlanningFixture.load(TestStack.driver());
    }

    @Test
    void aRequestPastTheAsynchronousTimeoutIsToldWhenToRetry() throws Exception {
        String uscc = firm(1);
        try (Session session = TestStack.driver().session(); Transaction holder = session.beginTransaction()) {
            holder.run("MATCH (s:Subject {uscc: $uscc}) SET s.heldByTest = true", Map.of("uscc", uscc)).consume();
            String mutation = "mutation { setWhiteListed(uscc: \\\"" + uscc + "\\\", whiteListed: true, reason: \\\"投诉核实\\\") { uscc } }";
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .timeout(Duration.ofSeconds(12))
                    .header("Content-Type", "application/json").header("Accept", "application/graphql-response+json")
                    .header("Authorization", "Bearer " + PlanningIT.admin(SCJG))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + mutation + "\"}")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(response.body()).contains("\"code\":\"TIMEOUT\"");
            holder.rollback();
        }
    }
}
