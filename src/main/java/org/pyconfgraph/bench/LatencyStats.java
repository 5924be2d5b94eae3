package org.pyconfgraph.bench;

import java.util.Arrays;

/** Percentiles of a batch of timings, in milliseconds. */
record LatencyStats(int count, double p50, double p95, double max, double perSecond) {

    static LatencyStats of(long[] nanos, long wallNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted.length, millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.95)),
            millis(sorted[sorted.length - 1]), sorted.length / (wallNanos / 1e9));
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double millis(long nanos) { return nanos / 1e6; }
}
