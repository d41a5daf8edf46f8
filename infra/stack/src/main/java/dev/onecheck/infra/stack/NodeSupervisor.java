package dev.onecheck.infra.stack;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps one of the stack's servers running, Elasticsearch or Neo4j: one that exits, or stops answering for
 * {@link #HANG} (a hung JVM, a stopped process), is killed with its descendants and started again on the same port
 * and data. The other server and the gateway go on meanwhile; only the fields that need the missing one fail
 * (SEARCH_UNAVAILABLE, GRAPH_UNAVAILABLE). After {@link #MAX_RESTARTS} restarts within {@link #WINDOW} something is
 * wrong beyond a restart: the supervisor gives up and the stack stops.
 */
final class NodeSupervisor<N extends SupervisedNode> {

    /** Starts a fresh node on the same port, data and logs. */
    @FunctionalInterface
    interface Launcher<N> {
        N launch() throws IOException, InterruptedException;
    }

    static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    static final Duration HANG = Duration.ofSeconds(15);
    static final int MAX_RESTARTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final AtomicReference<N> node;
    private final Launcher<N> launcher;
    private final Runnable giveUp;
    // A daemon thread: it never keeps the stack's JVM alive on its own.
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "node-supervisor");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Instant> restarts = new ArrayDeque<>();
    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean stopping;
    private Instant lastAnswer;

    /** @param stopping set by the stack's shutdown: from then on an exit is expected, not restarted */
    NodeSupervisor(AtomicReference<N> node, AtomicBoolean stopping, Launcher<N> launcher, Runnable giveUp) {
        this.node = node;
        this.stopping = stopping;
        this.launcher = launcher;
        this.giveUp = giveUp;
    }

    void start() {
        lastAnswer = clock.instant();
        watchdog.scheduleWithFixedDelay(this::check, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One look: alive and answering, or restart. Runs on the watchdog thread only. */
    private void check() {
        if (stopping.get()) {
            return;
        }
        N current = node.get();
        if (!current.process().isAlive()) {
            restart("exited with code " + current.process().exitValue());
        } else if (answers(current)) {
            lastAnswer = clock.instant();
        } else if (Duration.between(lastAnswer, clock.instant()).compareTo(HANG) >= 0) {
            restart("has not answered for " + HANG.toSeconds() + " s");
        }
    }

    private static boolean answers(SupervisedNode node) {
        try {
            return node.answers();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void restart(String why) {
        Instant now = clock.instant();
        while (!restarts.isEmpty() && restarts.peekFirst().isBefore(now.minus(WINDOW))) {
            restarts.removeFirst();
        }
        N old = node.get();
        if (restarts.size() >= MAX_RESTARTS) {
            System.err.println("stack: " + old.name() + " " + why + " after " + MAX_RESTARTS + " restarts within "
                    + WINDOW.toMinutes() + " min; stopping the stack.\n" + old.logTail());
            giveUp.run();
            return;
        }
        if (stopping.get()) {
            return;
        }
        restarts.addLast(now);
        System.err.println("stack: " + old.name() + " " + why + "; restarting it (the rest keeps running).");
        try {
            old.kill();
            N fresh = launcher.launch();
            node.set(fresh);
            fresh.awaitHealthy();
            System.err.println("stack: " + old.name() + " is back");
        } catch (IOException e) {
            System.err.println("stack: " + old.name() + " did not come back: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lastAnswer = clock.instant();
    }
}
