package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The per-class concurrency limit is wired in front of GraphQL and the public pages (#20, finding 1): with no place
 * for the public at all, a PUBLIC token's query and an anonymous handbook download get 503 with Retry-After and
 * OVERLOADED before they run, while an officer's request and health go through. (That a full class turns the next request away and frees its place is ConcurrencyLimitFilterTest.)
 */
@GatewayTest
@TestPropertySource(properties = "onecheck.gateway.concurrency.public-requests=0")
class ConcurrencyLimitIT {

    @LocalServerPort
    int port;

    @Test
    void aClassWithoutPlacesIsTurnedAwayAndOthersAreServed() throws Exception {
        HttpResponse<String> publicQuery = post(TestTokens.token("public", List.of("PUBLIC"), null, null));
        assertThat(publicQuery.statusCode()).isEqualTo(503);
        assertThat(publicQuery.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(publicQuery.body()).contains("\"code\":\"OVERLOADED\"");
        HttpResponse<String> handbook = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/handbooks/6210.pdf")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(handbook.statusCode()).isEqualTo(503);
        assertThat(handbook.headers().firstValue("Retry-After")).hasValue("1");

        HttpResponse<String> officer = post(TestTokens.officer());
        assertThat(officer.statusCode()).isEqualTo(200);
        assertThat(officer.body()).contains("\"account\":\"officer\"");

        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/liveness")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", "application/graphql-response+json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { account } }\"}")).build(), HttpResponse.BodyHandlers.ofString());
    }
}
