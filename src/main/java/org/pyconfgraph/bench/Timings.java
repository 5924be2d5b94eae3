package org.pyconfgraph.bench;

import java.util.Arrays;

/** Request timings gathered over several batches, and the wall time the batches took together. */
final class Timings {
    private long[] nanos = new long[0];
    private long wallNanos;

    void add(long[] batch, long batchWallNanos) {
        int length = nanos.length;
        nanos = Arrays.copyOf(nanos, length + batch.length);
        System.arraycopy(batch, 0, nanos, length, batch.length);
        wallNanos += batchWallNanos;
    }

    LatencyStats stats() { return LatencyStats.of(nanos, wallNanos); }
}
