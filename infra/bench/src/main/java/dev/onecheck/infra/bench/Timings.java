package dev.onecheck.infra.bench;

import java.util.Arrays;

/**
 * The latencies of one measured run and its wall time: what every benchmark reports. Percentiles are nearest-rank,
 * the median the mean of the two middle values when the count is even.
 */
public record Timings(double[] millis, double elapsedSeconds) {

    public Timings {
        if (millis.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
        millis = millis.clone();
        Arrays.sort(millis);
    }

    public int count() {
        return millis.length;
    }

    public double median() {
        int n = millis.length;
        return n % 2 == 1 ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2;
    }

    public double percentile(double p) {
        int rank = (int) Math.ceil(p / 100 * millis.length);
        return millis[Math.max(0, rank - 1)];
    }

    public double p99() {
        return percentile(99);
    }

    public double min() {
        return millis[0];
    }

    public double max() {
        return millis[millis.length - 1];
    }

    /** Completed requests per second of wall time, all clients together. */
    public double throughput() {
        return millis.length / elapsedSeconds;
    }
}
