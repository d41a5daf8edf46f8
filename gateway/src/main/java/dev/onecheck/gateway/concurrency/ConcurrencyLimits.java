package dev.onecheck.gateway.concurrency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onecheck.gateway.concurrency.*}: how many requests of each {@link CallerClass} may run at once, how long a
 * request beyond that waits for a place before it is turned away (503 with {@code Retry-After}), and the
 * {@code Retry-After} it is told.
 */
@ConfigurationProperties("onecheck.gateway.concurrency")
record ConcurrencyLimits(int publicRequests, int enterpriseRequests, int staffRequests, Duration queueWait, Duration retryAfter) {

    ConcurrencyLimits {
        if (publicRequests < 0 || enterpriseRequests < 0 || staffRequests < 0) {
            throw new IllegalArgumentException("onecheck.gateway.concurrency limits must be 0 or more");
        }
        if (queueWait.isNegative() || retryAfter.toSeconds() < 1) {
            throw new IllegalArgumentException("onecheck.gateway.concurrency.queue-wait must be 0 or more and retry-after at least 1s");
        }
    }

    int of(CallerClass caller) {
        return switch (caller) {
            case PUBLIC -> publicRequests;
            case ENTERPRISE -> enterpriseRequests;
            case STAFF -> staffRequests;
        };
    }
}
