package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@GatewayTest
class ActuatorIT {

    @LocalServerPort
    int port;

    /** Issue 20, finding 8: which part is down is for operators; everyone else learns UP or DOWN. */
    @Test
    void healthShowsItsComponentsToOperatorsOnly() throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + "/actuator/health");
        HttpClient http = HttpClient.newHttpClient();
        for (String token : java.util.Arrays.asList(null, TestTokens.token("supervisor", java.util.List.of("SUPERVISOR"), "JH-SFJ", null))) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> plain = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(plain.body()).contains("\"status\":\"UP\"").doesNotContain("neo4j", "elasticsearch");
        }
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + TestTokens.operator()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"neo4j\"", "\"elasticsearch\"");
    }

    /** Issue 20, finding 8: any token used to read the metrics; now only an operator's. */
    @Test
    void prometheusMetricsAreForOperators() throws Exception {
        URI metrics = URI.create("http://127.0.0.1:" + port + "/actuator/prometheus");
        HttpClient http = HttpClient.newHttpClient();

        assertThat(http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(401);
        HttpResponse<String> scraped = http.send(HttpRequest.newBuilder(metrics)
                .header("Authorization", "Bearer " + TestTokens.token("supervisor", java.util.List.of("SUPERVISOR"), "JH-SFJ", null))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(scraped.statusCode()).isEqualTo(403);
        scraped = http.send(HttpRequest.newBuilder(metrics).header("Authorization", "Bearer " + TestTokens.operator()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
    }
}
