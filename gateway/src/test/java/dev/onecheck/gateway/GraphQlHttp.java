package dev.onecheck.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the gateway's /graphql endpoint, as a frontend would call it: for the tests of the protocol
 * itself (status codes, content types, GET). Everything else goes through {@link GatewayGraphQl}. A response's data is
 * read only through {@link Response#data()}, which fails on errors, or beside the errors a test expects.
 */
public final class GraphQlHttp {

    /** The status, the content type and the GraphQL response (a null node when the body is not JSON). */
    public static final class Response {

        private final int status;
        private final String contentType;
        private final JsonNode body;

        Response(int status, String contentType, JsonNode body) {
            this.status = status;
            this.contentType = contentType;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public String contentType() {
            return contentType;
        }

        /** The data of a response not meant to carry errors: fails, printing them, when it has any. */
        public JsonNode data() {
            if (body.has("errors")) {
                throw new AssertionError("unexpected errors (HTTP " + status + "): " + body.get("errors"));
            }
            if (!body.has("data")) {
                throw new AssertionError("no data (HTTP " + status + "): " + body);
            }
            return body.get("data");
        }

        /** The errors of a response that must carry some: fails when it has none. */
        public JsonNode errors() {
            if (!body.path("errors").isArray() || body.get("errors").isEmpty()) {
                throw new AssertionError("expected errors (HTTP " + status + "): " + body);
            }
            return body.get("errors");
        }

        /** The partial data beside the errors: for a test that asserts both (see {@link #errors()}). */
        public JsonNode dataBesideErrors() {
            errors();
            return body.path("data");
        }

        /** Whether the response has a {@code data} entry at all (a request error has none). */
        public boolean hasData() {
            return body.has("data");
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    public GraphQlHttp(int port) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    public Response post(String query, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))));
        return send(request, token);
    }

    /** GraphQL over HTTP GET: the query in the URL, as a cacheable link would carry it. */
    public Response get(String query, String token) throws IOException, InterruptedException {
        URI uri = URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri).header("Accept", "application/graphql-response+json").GET(), token);
    }

    /** A body in a content type of the caller's choosing, for protocol tests. */
    public Response post(String contentType, String body, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(endpoint).header("Content-Type", contentType)
                .header("Accept", "application/graphql-response+json").POST(HttpRequest.BodyPublishers.ofString(body)), token);
    }

    private Response send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonNode body = text.isBlank() || !text.startsWith("{") ? JSON.nullNode() : JSON.readTree(text);
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body);
    }
}
