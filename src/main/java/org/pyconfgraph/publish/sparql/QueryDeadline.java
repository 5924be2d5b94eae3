package org.pyconfgraph.publish.sparql;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * The end of one query execution's time. It shares ARQ's cancel signal with the execution, so a cancellation
 * by ARQ's own timer and a deadline found passed here stop the same execution; {@link #check()} is the hard
 * limit that works even where ARQ's iterators never look at the signal.
 */
final class QueryDeadline {
    private final AtomicBoolean cancelSignal = new AtomicBoolean(false);
    private final long deadlineNanos;

    QueryDeadline(Duration limit) {
        this.deadlineNanos = System.nanoTime() + limit.toNanos();
        // Raised at the deadline whatever runs: TDB2's index scans look at the signal, not at the clock.
        ALARMS.schedule(() -> cancelSignal.set(true), limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "query-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    /** The signal to hand to the execution (ARQ's {@code symCancelQuery}). */
    AtomicBoolean cancelSignal() { return cancelSignal; }

    /** Throws {@link QueryCancelledException} if the execution was cancelled or its time is up. */
    void check() {
        if (cancelSignal.get()) throw new QueryCancelledException();
        if (System.nanoTime() - deadlineNanos > 0) {
            cancelSignal.set(true);
            throw new QueryCancelledException();
        }
    }
}
