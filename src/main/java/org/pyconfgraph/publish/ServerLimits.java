package org.pyconfgraph.publish;

import java.time.Duration;

/**
 * What one client may take from the server: how many queries run and wait at once, how much a query may compute
 * and hold, and how slow a connection may be. Every limit is enforced per request, so no request can hold more
 * than its share of threads, memory or time.
 *
 * @param maxQueries          SPARQL queries evaluated at once
 * @param longQueryTime       a query running longer than this is a long one
 * @param maxLongQueries      long queries at once, in slots of their own on top of {@code maxQueries}
 * @param queryQueue          SPARQL requests that may wait for a turn; beyond, 503 at once
 * @param queueWait           longest a waiting request waits before its 503
 * @param maxRequests         other requests (documents, pages, dumps) handled at once
 * @param requestQueue        other requests that may wait for a turn
 * @param maxResultRows       rows of a SELECT result
 * @param maxResultTriples    triples of a CONSTRUCT or DESCRIBE result
 * @param maxHeldSolutions    solutions one operator may hold in memory: a sort, grouping, DISTINCT or join table
 * @param maxStringLength     characters of one string a query's functions compute
 * @param idleTimeout         a connection silent for this long is closed
 * @param minDataRate         bytes per second a request body and a response must at least move at
 * @param shutdownGrace       how long requests in flight may finish after a stop signal
 * @param memoryReturn        after this long without a garbage collection the server returns the memory it no
 *                            longer uses to the system; zero: never
 */
public record ServerLimits(int maxQueries, Duration longQueryTime, int maxLongQueries, int queryQueue,
                           Duration queueWait, int maxRequests, int requestQueue,
                           long maxResultRows, long maxResultTriples, long maxHeldSolutions,
                           int maxStringLength,
                           Duration idleTimeout, long minDataRate, Duration shutdownGrace, Duration memoryReturn) {

    /** How many more characters than one string's limit a query's functions may compute in all. */
    public static final int STRING_BUDGET_FACTOR = 64;

    public static ServerLimits defaults() {
        return new ServerLimits(defaultMaxQueries(), Duration.ofSeconds(1), defaultMaxLongQueries(defaultMaxQueries()),
            16, Duration.ofSeconds(2), 32, 64, 100_000, 100_000, 100_000, 1 << 20, Duration.ofSeconds(30), 1024,
            Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    /** As many as the short queries' slots but one: long queries may take all cores but one. */
    public static int defaultMaxLongQueries(int maxQueries) { return Math.max(1, maxQueries - 1); }

    /**
     * One query per core: fewer would let one client's query running to its limit hold up every other query; the
     * pages keep their own capacity, though they share the cores.
     */
    public static int defaultMaxQueries() { return Runtime.getRuntime().availableProcessors(); }

    /** Characters all string functions of one query may compute together. */
    public long stringBudget() { return (long) maxStringLength * STRING_BUDGET_FACTOR; }

    /**
     * Threads for the server: every request that may hold one (running or waiting), and a margin for Jetty's
     * acceptors, selectors and its own error responses.
     */
    public int threads() { return maxQueries + maxLongQueries + queryQueue + maxRequests + requestQueue + 16; }

    public ServerLimits withQueries(int running, int waiting, Duration wait) {
        return new ServerLimits(running, longQueryTime, defaultMaxLongQueries(running), waiting, wait, maxRequests,
            requestQueue, maxResultRows, maxResultTriples, maxHeldSolutions, maxStringLength, idleTimeout, minDataRate,
            shutdownGrace, memoryReturn);
    }

    public ServerLimits withLongQueries(Duration after, int atOnce) {
        return new ServerLimits(maxQueries, after, atOnce, queryQueue, queueWait, maxRequests, requestQueue,
            maxResultRows, maxResultTriples, maxHeldSolutions, maxStringLength, idleTimeout, minDataRate,
            shutdownGrace, memoryReturn);
    }

    public ServerLimits withRequests(int running, int waiting) {
        return new ServerLimits(maxQueries, longQueryTime, maxLongQueries, queryQueue, queueWait, running, waiting,
            maxResultRows, maxResultTriples, maxHeldSolutions, maxStringLength, idleTimeout, minDataRate,
            shutdownGrace, memoryReturn);
    }

    public ServerLimits withResults(long rows, long triples, long sortRows, int stringLength) {
        return new ServerLimits(maxQueries, longQueryTime, maxLongQueries, queryQueue, queueWait, maxRequests,
            requestQueue, rows, triples, sortRows, stringLength, idleTimeout, minDataRate, shutdownGrace,
            memoryReturn);
    }

    public ServerLimits withConnections(Duration idle, long bytesPerSecond) {
        return new ServerLimits(maxQueries, longQueryTime, maxLongQueries, queryQueue, queueWait, maxRequests,
            requestQueue, maxResultRows, maxResultTriples, maxHeldSolutions, maxStringLength, idle, bytesPerSecond,
            shutdownGrace, memoryReturn);
    }

    public ServerLimits withMemoryReturn(Duration interval) {
        return new ServerLimits(maxQueries, longQueryTime, maxLongQueries, queryQueue, queueWait, maxRequests,
            requestQueue, maxResultRows, maxResultTriples, maxHeldSolutions, maxStringLength, idleTimeout, minDataRate,
            shutdownGrace, interval);
    }

    public ServerLimits withShutdownGrace(Duration grace) {
        return new ServerLimits(maxQueries, longQueryTime, maxLongQueries, queryQueue, queueWait, maxRequests,
            requestQueue, maxResultRows, maxResultTriples, maxHeldSolutions, maxStringLength, idleTimeout, minDataRate,
            grace, memoryReturn);
    }
}
