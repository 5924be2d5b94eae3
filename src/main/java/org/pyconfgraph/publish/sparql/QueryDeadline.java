package org.pyconfgraph.publish.sparql;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * The end of one query execution's time. It shares ARQ's cancel signal with the execution, so a cancellation
 * by ARQ's own timer and a deadline found passed here stop the same execution; {@link #check()} is the hard
 * limit that works even where ARQ's iterators never look at the signal. It also moves the execution to the long
 * lane when it has run long ({@link QueryLanes}); closing it gives up the lane.
 */
final class QueryDeadline implements AutoCloseable {
    private final AtomicBoolean cancelSignal = new AtomicBoolean(false);
    private final long deadlineNanos;
    private final QueryLanes.Ticket lane;
    private final ScheduledFuture<?> alarm;

    QueryDeadline(Duration limit, QueryLanes.Ticket lane) {
        this.deadlineNanos = System.nanoTime() + limit.toNanos();
        this.lane = lane;
        // Raised at the deadline whatever runs: TDB2's index scans look at the signal, not at the clock.
        this.alarm = ALARMS.schedule(() -> cancelSignal.set(true), limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    private static final ScheduledExecutorService ALARMS = alarms();

    private static ScheduledExecutorService alarms() {
        ScheduledThreadPoolExecutor alarms = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "query-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        // A cancelled alarm leaves the queue at once: otherwise every finished query's alarm would stay queued
        // for the whole time limit, and the queue would grow with the query rate.
        alarms.setRemoveOnCancelPolicy(true);
        return alarms;
    }

    /** The deadline of an execution made by the endpoint. */
    static QueryDeadline of(QueryExec execution) { return QueryAllowance.of(execution.getContext()).deadline(); }

    /** The signal to hand to the execution (ARQ's {@code symCancelQuery}). */
    AtomicBoolean cancelSignal() { return cancelSignal; }

    /** Throws {@link QueryCancelledException} if the execution was cancelled or its time is up. */
    void check() {
        if (cancelSignal.get()) throw new QueryCancelledException();
        long now = System.nanoTime();
        if (now - deadlineNanos > 0) {
            cancelSignal.set(true);
            throw new QueryCancelledException();
        }
        lane.check(now);
    }

    @Override
    public void close() {
        alarm.cancel(false);
        lane.close();
    }
}
