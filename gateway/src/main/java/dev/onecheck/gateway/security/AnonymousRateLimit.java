package dev.onecheck.gateway.security;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-address rate limit for callers without a token on the public pages (亮码核验, QR images, 一业一册, the
 * published keys): past {@code limit} requests in a {@code period}, 429 with {@code Retry-After} — the seconds until
 * the address may ask again. Runs after security, so a caller with a valid token is not counted here (the gateway's
 * per-role limits apply to those) and an invalid token has been refused already. The address is the connection's
 * peer, or what {@code server.forward-headers-strategy} makes of a trusted proxy's headers.
 * <p>
 * resilience4j's rate limiter (its atomic implementation, the one {@code RateLimiter.of} makes, taken by name for the
 * nanoseconds to the next period that {@code Retry-After} reports), one per address: the same library as the search circuit breaker; the limiters sit in
 * a bounded Caffeine cache that forgets addresses idle for a period.
 */
final class AnonymousRateLimit extends OncePerRequestFilter {

    static final String[] PATHS = {"/verify", "/action-codes/*", "/handbooks/*", "/.well-known/*"};

    private final Cache<String, AtomicRateLimiter> byAddress;
    private final RateLimiterConfig config;

    AnonymousRateLimit(AnonymousRateProperties properties) {
        this.config = RateLimiterConfig.custom().limitForPeriod(properties.limit()).limitRefreshPeriod(properties.period())
                .timeoutDuration(Duration.ZERO).build();
        this.byAddress = Caffeine.newBuilder().maximumSize(properties.addresses()).expireAfterAccess(properties.period()).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AtomicRateLimiter limiter = byAddress.get(request.getRemoteAddr(), address -> new AtomicRateLimiter(address, config));
        if (limiter.acquirePermission()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(limiter.getDetailedMetrics().getNanosToWait() + TimeUnit.SECONDS.toNanos(1) - 1));
        // Written here, not by sendError: an error dispatch would go through security again, for a caller without a token.
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("请求过于频繁，请 " + seconds + " 秒后再试 (too many requests from this address without a token)");
    }
}
