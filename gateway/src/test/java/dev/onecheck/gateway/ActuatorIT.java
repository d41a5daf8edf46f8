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

    @Test
    void healthIncludesNeo4jAndElasticsearch() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"neo4j\"", "\"elasticsearch\"");
    }

    @Test
    void prometheusMetricsNeedAToken() throws Exception {
        URI metrics = URI.create("http://127.0.0.1:" + port + "/actuator/prometheus");
        HttpClient http = HttpClient.newHttpClient();

        assertThat(http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(401);
        HttpResponse<String> scraped = http.send(HttpRequest.newBuilder(metrics)
                .header("Authorization", "Bearer " + TestTokens.token("supervisor", java.util.List.of("SUPERVISOR"), "JH-SFJ", null))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
    }
}
