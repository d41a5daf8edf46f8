package dev.onecheck.gateway.concurrency;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the requests running at once per {@link CallerClass} (#20, finding 1): beyond its limit a request waits
 * at most {@code queue-wait} for a place, then gets 503 with {@code Retry-After} and a GraphQL-shaped
 * {@code OVERLOADED} error, without touching Neo4j, Elasticsearch or the heap. Runs after Spring Security, so the
 * caller is known; health and metrics are not limited (the supervisor and operators must reach them under load).
 * A request that goes asynchronous (GraphQL over HTTP does) keeps its place until it completes, not until the
 * servlet thread returns.
 */
final class ConcurrencyLimitFilter extends OncePerRequestFilter {

    private final ConcurrencyLimits limits;
    private final Map<CallerClass, Semaphore> places = new EnumMap<>(CallerClass.class);
    private final Map<CallerClass, Counter> refused = new EnumMap<>(CallerClass.class);

    ConcurrencyLimitFilter(ConcurrencyLimits limits, MeterRegistry meters) {
        this.limits = limits;
        for (CallerClass caller : CallerClass.values()) {
            Semaphore semaphore = new Semaphore(limits.of(caller));
            places.put(caller, semaphore);
            String tag = caller.name().toLowerCase();
            refused.put(caller, Counter.builder("onecheck.concurrency.refused").tag("caller", tag)
                    .description("requests turned away with 503 because their class was at its limit").register(meters));
            Gauge.builder("onecheck.concurrency.running", semaphore, s -> limits.of(caller) - s.availablePermits())
                    .tag("caller", tag).description("requests of this class running now").register(meters);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CallerClass caller = CallerClass.of(SecurityContextHolder.getContext().getAuthentication());
        Semaphore semaphore = places.get(caller);
        if (!acquire(semaphore)) {
            refused.get(caller).increment();
            refuse(response, caller);
            return;
        }
        Runnable release = once(semaphore::release);
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new ReleaseOnEnd(release));
            } else {
                release.run();
            }
        }
    }

    private boolean acquire(Semaphore semaphore) {
        try {
            return semaphore.tryAcquire(limits.queueWait().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void refuse(HttpServletResponse response, CallerClass caller) throws IOException {
        Unavailable.write(response, limits.retryAfter(), "OVERLOADED", "too many " + caller.name().toLowerCase()
                + " requests at once; retry after " + limits.retryAfter().toSeconds() + " s");
    }

    private static Runnable once(Runnable action) {
        AtomicBoolean done = new AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        };
    }

    /** Gives the place back when an asynchronous request ends, however it ends. */
    private record ReleaseOnEnd(Runnable release) implements AsyncListener {
        @Override
        public void onComplete(AsyncEvent event) {
            release.run();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            release.run();
        }

        @Override
        public void onError(AsyncEvent event) {
            release.run();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // a new async cycle of the same request keeps its place; the listener must be added again
            event.getAsyncContext().addListener(this);
        }
    }
}
