package dev.onecheck.gateway.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.onecheck.domain.access.Role;
import dev.onecheck.domain.access.Viewer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** One place per class here: a second public request is turned away while an officer's still runs (#20, finding 1). */
class ConcurrencyLimitFilterTest {

    private static final Viewer OFFICER = new Viewer("officer", "执法人员", Set.of(Role.OFFICER), "JH-SJJ", null, null);
    private static final Viewer FIRM = new Viewer("firm", "企业", Set.of(Role.ENTERPRISE), null, "91320000MA1X000001", null);

    private final ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(
            new ConcurrencyLimits(1, 1, 1, Duration.ZERO, Duration.ofSeconds(2)), new SimpleMeterRegistry());

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aClassAtItsLimitIsTurnedAwayWithRetryAfterWhileOtherClassesGoOn() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> send(null, (req, res) -> {
            inside.countDown();
            await(finish);
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse refused = send(null, new MockFilterChain());
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("2");
        assertThat(refused.getContentAsString()).contains("\"code\":\"OVERLOADED\"");
        assertThat(send(OFFICER, new MockFilterChain()).getStatus()).as("officers have places of their own").isEqualTo(200);
        assertThat(send(FIRM, new MockFilterChain()).getStatus()).as("so have enterprises").isEqualTo(200);

        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(send(null, new MockFilterChain()).getStatus()).as("the place is free again").isEqualTo(200);
    }

    @Test
    void anAsynchronousRequestKeepsItsPlaceUntilItCompletes() throws Exception {
        MockHttpServletRequest request = request(OFFICER);
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> req.startAsync());
        assertThat(send(OFFICER, new MockFilterChain()).getStatus()).isEqualTo(503);

        ((MockAsyncContext) request.getAsyncContext()).complete();
        assertThat(send(OFFICER, new MockFilterChain()).getStatus()).isEqualTo(200);
    }

    @Test
    void healthIsNeverLimited() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> send(null, (req, res) -> {
            inside.countDown();
            await(finish);
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        MockHttpServletRequest health = request(null);
        health.setRequestURI("/actuator/health/liveness");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(health, response, new MockFilterChain());
        finish.countDown();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse send(Viewer viewer, FilterChain chain) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            filter.doFilter(request(viewer), response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
        return response;
    }

    private static MockHttpServletRequest request(Viewer viewer) {
        SecurityContextHolder.clearContext();
        if (viewer != null) {
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(viewer, null, List.of()));
        }
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
        request.setAsyncSupported(true);
        return request;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
