package dev.onecheck.infra.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** What the soak saw: each request's class, outcome and latency; each probe's health answer and heap figures. */
final class SoakLog {

    /** Heap in use and its limit in bytes, the long-lived pool's use after the last GC as a share; -1 where the gateway did not say. */
    record Heap(double used, double afterGc, double max) {
        static final Heap UNKNOWN = new Heap(-1, -1, -1);
    }

    private record Sample(long atMillis, String health, double healthMillis, Heap heap) {
    }

    private final long start = System.currentTimeMillis();
    private final Map<Integer, List<Double>> millis = new TreeMap<>();
    private final Map<Integer, Map<String, Integer>> outcomes = new TreeMap<>();
    private final List<Sample> samples = new ArrayList<>();

    synchronized void request(int mix, String outcome, double latencyMillis) {
        millis.computeIfAbsent(mix, m -> new ArrayList<>()).add(latencyMillis);
        outcomes.computeIfAbsent(mix, m -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
    }

    synchronized void sample(String health, double healthMillis, Heap heap) {
        samples.add(new Sample(System.currentTimeMillis() - start, health, healthMillis, heap));
    }

    synchronized List<MarkdownTable> report(int clients, int seconds, int mixes, IntFunction<String> label) {
        MarkdownTable classes = new MarkdownTable("Soak: %d clients for %d s, per class".formatted(clients, seconds),
                "class", "requests", "p50 ms", "p99 ms", "max ms", "outcomes (HTTP status, first GraphQL error code)");
        int badServerErrors = 0;
        for (int m = 0; m < mixes; m++) {
            List<Double> latencies = millis.get(m);
            if (latencies == null) {
                continue;
            }
            Timings t = new Timings(latencies.stream().mapToDouble(Double::doubleValue).toArray(), seconds);
            Map<String, Integer> seen = outcomes.get(m);
            classes.row(label.apply(m), t.count(), t.median(), t.p99(), t.max(),
                    seen.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
            badServerErrors += seen.entrySet().stream().filter(e -> serverError(e.getKey())).mapToInt(Map.Entry::getValue).sum();
        }
        MarkdownTable overTime = new MarkdownTable("Soak: heap and health over time (the gateway's metrics, every "
                + SoakBenchmark.SAMPLE_EVERY.toSeconds() + " s, one row a minute)",
                "minute", "heap used MB (max)", "old gen used after GC % (last)", "health (worst)", "health ms (max)");
        Map<Long, List<Sample>> byMinute = samples.stream().collect(Collectors.groupingBy(s -> s.atMillis() / 60_000, TreeMap::new,
                Collectors.toList()));
        byMinute.forEach((minute, inMinute) -> overTime.row(minute, megabytes(inMinute.stream().mapToDouble(s -> s.heap().used()).max().orElse(-1)),
                percent(inMinute.getLast().heap().afterGc()),
                inMinute.stream().map(Sample::health).filter(h -> !"UP".equals(h)).findFirst().orElse("UP"),
                inMinute.stream().mapToDouble(Sample::healthMillis).max().orElse(0)));
        long slowHealth = samples.stream().filter(s -> s.healthMillis() > 2000 || !"UP".equals(s.health())).count();
        double maxHeap = samples.stream().mapToDouble(s -> s.heap().max()).max().orElse(-1);
        overTime.note("health probes: %d; answered UP within 2 s: %d; slowest %.0f ms".formatted(samples.size(),
                samples.size() - slowHealth, samples.stream().mapToDouble(Sample::healthMillis).max().orElse(0)));
        overTime.note("heap limit %s MB; 5xx other than 503 with Retry-After: %d".formatted(megabytes(maxHeap), badServerErrors));
        return List.of(classes, overTime);
    }

    /**
     * A failure the gateway should never cause: a 5xx other than 503 with Retry-After (a class at its limit), no
     * answer in time, a refused connection.
     */
    private static boolean serverError(String outcome) {
        boolean overloaded = outcome.startsWith("503") && !outcome.equals(SoakBenchmark.NO_RETRY_AFTER);
        return outcome.startsWith("5") && !overloaded || outcome.startsWith("no answer") || outcome.equals("connection failed");
    }

    private static String percent(double share) {
        return share < 0 ? "–" : "%.0f".formatted(share * 100);
    }

    private static String megabytes(double bytes) {
        return bytes < 0 ? "–" : "%.0f".formatted(bytes / (1024 * 1024));
    }
}
