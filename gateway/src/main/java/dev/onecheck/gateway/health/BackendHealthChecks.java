package dev.onecheck.gateway.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The backends' health checks (Neo4j, Elasticsearch) run side by side and bounded by one deadline: the first
 * indicator asked starts a round of all checks, each indicator waits for its own answer until the round's
 * deadline, and a check without an answer by then is DOWN "no answer within …". So {@code /actuator/health} answers
 * within the limit even with every backend hung, instead of waiting for each client's own timeouts in turn. The
 * checks run on virtual threads and end on those timeouts.
 */
final class BackendHealthChecks implements AutoCloseable {

    private record Round(long startedNanos, Map<String, CompletableFuture<Health>> answers) {
    }

    private final Map<String, HealthIndicator> checks;
    private final Duration limit;
    private final ExecutorService runner = Executors.newVirtualThreadPerTaskExecutor();
    private Round current;

    BackendHealthChecks(Map<String, HealthIndicator> checks, Duration limit) {
        this.checks = Map.copyOf(checks);
        this.limit = limit;
    }

    /** The indicator Boot shows as {@code name}: its share of the current round. */
    HealthIndicator indicator(String name) {
        if (!checks.containsKey(name)) {
            throw new IllegalArgumentException("no health check " + name);
        }
        return () -> answer(name);
    }

    private Health answer(String name) {
        Round round = round();
        long left = round.startedNanos() + limit.toNanos() - System.nanoTime();
        try {
            return round.answers().get(name).get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "no answer within " + limit.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        }
    }

    /** The round under way, or a new one when the last has passed its deadline (the next request asks afresh). */
    private synchronized Round round() {
        long now = System.nanoTime();
        if (current == null || now - current.startedNanos() >= limit.toNanos()) {
            Map<String, CompletableFuture<Health>> answers = new LinkedHashMap<>();
            checks.forEach((name, check) -> answers.put(name, CompletableFuture.supplyAsync(check::health, runner)));
            current = new Round(now, answers);
        }
        return current;
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
