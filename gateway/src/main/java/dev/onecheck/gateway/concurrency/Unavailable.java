package dev.onecheck.gateway.concurrency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The one answer of the gateway when it cannot serve a request now: 503, {@code Retry-After} in whole seconds and a
 * GraphQL-shaped error with its code, so that a client (or the soak benchmark) tells "come back later" from a failure.
 */
final class Unavailable {

    private Unavailable() {
    }

    static void write(HttpServletResponse response, Duration retryAfter, String code, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // message and code are the gateway's own words, never the caller's input: no escaping needed beyond quotes
        response.getWriter().write("{\"errors\":[{\"message\":\"" + message.replace("\"", "'") + "\",\"extensions\":{\"code\":\"" + code + "\"}}]}");
    }
}
