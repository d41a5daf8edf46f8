package dev.onecheck.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A graphql-ws ({@code graphql-transport-ws}) client on the JDK's WebSocket: the bearer token rides on the
 * handshake, as a server-side or mobile client sends it.
 */
final class GraphQlWebSocket implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    GraphQlWebSocket(int port, String token) throws Exception {
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/graphql"), new Listener()).get(10, TimeUnit.SECONDS);
        send(Map.of("type", "connection_init"));
        JsonNode ack = next();
        if (!"connection_ack".equals(ack.path("type").asString())) {
            throw new IllegalStateException("no connection_ack: " + ack);
        }
    }

    /** Subscribes as {@code id} with the operation in {@code graphql-test/<documentName>.graphql}. */
    void subscribe(String id, String documentName, Map<String, Object> variables) throws Exception {
        String query;
        try (var document = GraphQlWebSocket.class.getResourceAsStream("/graphql-test/" + documentName + ".graphql")) {
            if (document == null) {
                throw new IllegalArgumentException("no graphql-test/" + documentName + ".graphql");
            }
            query = new String(document.readAllBytes(), StandardCharsets.UTF_8);
        }
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query, "variables", variables)));
    }

    /** The data of the next event, which must be a {@code next} for {@code id} without errors. */
    JsonNode nextData(String id) throws InterruptedException {
        JsonNode message = next();
        if (!"next".equals(message.path("type").asString()) || !id.equals(message.path("id").asString())
                || message.path("payload").has("errors") || !message.path("payload").has("data")) {
            throw new AssertionError("expected data for subscription " + id + ", got " + message);
        }
        return message.at("/payload/data");
    }

    /** The errors ending subscription {@code id}: an {@code error} message, or a {@code next} that carries errors. */
    JsonNode nextErrors(String id) throws InterruptedException {
        JsonNode message = next();
        JsonNode errors = switch (message.path("type").asString()) {
            case "error" -> message.path("payload");
            case "next" -> message.at("/payload/errors");
            default -> null;
        };
        if (!id.equals(message.path("id").asString()) || errors == null || !errors.isArray() || errors.isEmpty()) {
            throw new AssertionError("expected errors for subscription " + id + ", got " + message);
        }
        return errors;
    }

    /** The next message from the server, or an error if none comes within 20 s. */
    private JsonNode next() throws InterruptedException {
        JsonNode message = messages.poll(20, TimeUnit.SECONDS);
        if (message == null) {
            throw new IllegalStateException("no message from the server within 20 s");
        }
        return message;
    }

    private void send(Map<String, Object> message) throws Exception {
        socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
