package dev.onecheck.infra.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop load: {@code clients} threads each send requests back to back. All clients first finish their
 * unmeasured warm-up; the measured part then starts for all of them at once, so the wall time (and the
 * throughput) covers only measured requests. A failing request ends the run with its exception.
 */
final class ConcurrentClients {

    /** The loads every comparison is measured at: one client alone, and 16 at once. */
    static final int[] LEVELS = {1, 16};

    /** One request of client {@code client}; {@code sequence} counts that client's requests, warm-up included. */
    @FunctionalInterface
    interface Request {
        void send(int client, int sequence) throws Exception;
    }

    private ConcurrentClients() {
    }

    /** About {@code measured} requests in all, shared among the clients, after a warm-up of at least 40 in all. */
    static Timings run(int clients, int measured, Request request) throws Exception {
        return run(clients, Math.max(5, 40 / clients), Math.max(1, measured / clients), request);
    }

    /** {@code warmUpEach} unmeasured requests per client (0: none), then {@code measuredEach} measured ones. */
    static Timings run(int clients, int warmUpEach, int measuredEach, Request request) throws Exception {
        double[] millis = new double[clients * measuredEach];
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> warmUps = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                warmUps.add(pool.submit(() -> {
                    for (int i = 0; i < warmUpEach; i++) {
                        request.send(client, i);
                    }
                    return null;
                }));
            }
            awaitAll(warmUps);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> measuredRuns = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                measuredRuns.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < measuredEach; i++) {
                        long begin = System.nanoTime();
                        request.send(client, warmUpEach + i);
                        millis[client * measuredEach + i] = (System.nanoTime() - begin) / 1e6;
                    }
                    return null;
                }));
            }
            long begin = System.nanoTime();
            go.countDown();
            awaitAll(measuredRuns);
            return new Timings(millis, (System.nanoTime() - begin) / 1e9);
        }
    }

    /** "1 client", "16 clients": how the reports name a load. */
    static String describe(int clients) {
        return clients + (clients == 1 ? " client" : " clients");
    }

    private static void awaitAll(List<Future<?>> clients) throws Exception {
        for (Future<?> client : clients) {
            client.get();
        }
    }
}
