package dev.onecheck.gateway.concurrency;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request that outlives the servlet's asynchronous timeout ({@code spring.mvc.async.request-timeout}, above the
 * GraphQL timeout: only work that cannot be interrupted gets there, a Cypher query waiting for Neo4j's own
 * transaction timeout or a PDF being rendered) got Spring MVC's bare 503 — no {@code Retry-After}, no error code (#20,
 * soak: one mutation after 54 s). It gets the gateway's 503 with {@code Retry-After} and {@code TIMEOUT} instead.
 * Ordered before Spring's {@code DefaultHandlerExceptionResolver}, which would answer it otherwise.
 */
final class AsyncTimeoutResolver implements HandlerExceptionResolver, Ordered {

    private final ConcurrencyLimits limits;

    AsyncTimeoutResolver(ConcurrencyLimits limits) {
        this.limits = limits;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(ex instanceof AsyncRequestTimeoutException) || response.isCommitted()) {
            return null;
        }
        try {
            Unavailable.write(response, limits.retryAfter(), "TIMEOUT", "the request took longer than the gateway waits; retry after "
                    + limits.retryAfter().toSeconds() + " s");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        // after Spring Boot's DefaultErrorAttributes (HIGHEST_PRECEDENCE), which only records the error
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
