package org.pyconfgraph.publish.sparql;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * What the server's request threads are doing, seen from inside the JVM that runs it: whether any still runs
 * query evaluation, and how much CPU they use. Any Jetty server in the JVM counts: a stock Fuseki's too.
 */
public final class ServerThreads {
    /** Jetty names its pool's threads after the pool: "qtp" and a number. */
    private static final String POOL_PREFIX = "qtp";
    private static final String QUERY_ENGINE = "org.apache.jena.sparql.engine.";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ServerThreads() {}

    /** True if any server thread is inside Jena's query engine. */
    static boolean anyEvaluating() {
        for (ThreadInfo info : THREADS.dumpAllThreads(false, false)) {
            if (!info.getThreadName().startsWith(POOL_PREFIX)) continue;
            for (StackTraceElement frame : info.getStackTrace())
                if (frame.getClassName().startsWith(QUERY_ENGINE)) return true;
        }
        return false;
    }

    /** Waits up to the given time for no server thread to be evaluating; true if that happened. */
    public static boolean awaitIdle(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (!anyEvaluating()) return true;
            Thread.sleep(10);
        }
        return !anyEvaluating();
    }

    /** Waits up to the given time for some server thread to be evaluating; true if that happened. */
    static boolean awaitEvaluating(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (anyEvaluating()) return true;
            Thread.sleep(5);
        }
        return false;
    }

    /** CPU time the server's threads have used so far, in milliseconds. */
    static long cpuMillis() {
        long nanos = 0;
        for (ThreadInfo info : THREADS.dumpAllThreads(false, false)) {
            if (!info.getThreadName().startsWith(POOL_PREFIX)) continue;
            long cpu = THREADS.getThreadCpuTime(info.getThreadId());
            if (cpu > 0) nanos += cpu;
        }
        return nanos / 1_000_000;
    }
}
