package dev.onecheck.infra.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop load: {@code clients} threads each send requests back to back. Each first sends its warm-up
 * requests unmeasured; the measured part starts for all clients at once, so the wall time (and the throughput)
 * covers only measured requests.
 */
final class ConcurrentClients {

    /** One request of client {@code client}; {@code sequence} counts that client's requests, warm-up included. */
    @FunctionalInterface
    interface Request {
        void send(int client, int sequence) throws Exception;
    }

    private ConcurrentClients() {
    }

    static Timings run(int clients, int warmUpEach, int measuredEach, Request request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(clients + 1);
        CyclicBarrier end = new CyclicBarrier(clients + 1);
        double[] millis = new double[clients * measuredEach];
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    try {
                        for (int i = 0; i < warmUpEach; i++) {
                            request.send(client, i);
                        }
                    } catch (Exception e) {
                        start.reset(); // releases everyone waiting to start: the run is over
                        throw e;
                    }
                    start.await();
                    try {
                        for (int i = 0; i < measuredEach; i++) {
                            long begin = System.nanoTime();
                            request.send(client, warmUpEach + i);
                            millis[client * measuredEach + i] = (System.nanoTime() - begin) / 1e6;
                        }
                    } finally {
                        end.await();
                    }
                    return null;
                }));
            }
            double elapsed;
            try {
                start.await();
                long begin = System.nanoTime();
                end.await();
                elapsed = (System.nanoTime() - begin) / 1e9;
            } catch (BrokenBarrierException e) {
                elapsed = Double.NaN; // a client failed: its exception is thrown below
            }
            for (Future<?> client : running) {
                client.get();
            }
            return new Timings(millis, elapsed);
        }
    }
}
