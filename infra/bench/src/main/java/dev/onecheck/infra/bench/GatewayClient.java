package dev.onecheck.infra.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL client of the gateway with a demo account's token, as a portal frontend would call it; without a token
 * ({@link #anonymous}) it asks another GraphQL server, such as the peer of {@link PeerBenchmark}.
 */
final class GatewayClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI graphql;
    private final String token;

    private GatewayClient(URI graphql, String token) {
        this.graphql = graphql;
        this.token = token;
    }

    /** Signs {@code account} in at the development issuer (client credentials, the demo secret). */
    static GatewayClient signIn(Endpoints endpoints, String account) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String basic = Base64.getEncoder().encodeToString((account + ":" + endpoints.demoSecret()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoints.issuer().resolve("/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the issuer at " + endpoints.issuer() + " refused '" + account + "': " + response.body());
        }
        return new GatewayClient(endpoints.gateway().resolve("/graphql"), JSON.readTree(response.body()).get("access_token").asString());
    }

    /** The bearer token, for harnesses that build their own requests. */
    String token() {
        return token;
    }

    /** A client of the GraphQL endpoint {@code graphql} that sends no credentials. */
    static GatewayClient anonymous(URI graphql) {
        return new GatewayClient(graphql, null);
    }

    private static final int MAX_RETRIES = 30;

    /** The response's {@code data}; a GraphQL error or an HTTP failure is an exception, never a fast empty answer. */
    JsonNode query(String query, Map<String, Object> variables) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        // 503 + Retry-After is the gateway's per-role concurrency limit: a client waits and asks again, as real ones do
        for (int retry = 0; response.statusCode() == 503 && retry < MAX_RETRIES; retry++) {
            Thread.sleep(1000L * response.headers().firstValueAsLong("Retry-After").orElse(1));
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + graphql + ": " + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        if (body.has("errors")) {
            throw new IOException("GraphQL errors: " + body.get("errors"));
        }
        return body.get("data");
    }
}
