package org.pyconfgraph.cli;

import org.pyconfgraph.publish.ServerLimits;

import picocli.CommandLine.Option;

/** What one client may take from the server (see {@link ServerLimits}), as flags and PYCONF_* variables. */
final class LimitOptions {
    @Option(names = "--max-queries", defaultValue = "${env:PYCONF_MAX_QUERIES}", paramLabel = "N",
        description = "SPARQL queries evaluated at once (env PYCONF_MAX_QUERIES; default: the number of cores).")
    Integer maxQueries;

    @Option(names = "--long-query-time", defaultValue = "${env:PYCONF_LONG_QUERY_TIME:-1}", paramLabel = "SECONDS",
        description = "A query running longer than this is a long one (env PYCONF_LONG_QUERY_TIME; default: ${DEFAULT-VALUE}).")
    double longQueryTimeSeconds;

    @Option(names = "--max-long-queries", defaultValue = "${env:PYCONF_MAX_LONG_QUERIES}", paramLabel = "N",
        description = "Long queries at once; one more is stopped with 503 (env PYCONF_MAX_LONG_QUERIES; "
            + "default: --max-queries less one, at least 1).")
    Integer maxLongQueries;

    @Option(names = "--query-queue", defaultValue = "${env:PYCONF_QUERY_QUEUE:-16}", paramLabel = "N",
        description = "SPARQL requests that may wait for a turn; beyond, 503 (env PYCONF_QUERY_QUEUE; default: ${DEFAULT-VALUE}).")
    int queryQueue;

    @Option(names = "--queue-wait", defaultValue = "${env:PYCONF_QUEUE_WAIT:-2}", paramLabel = "SECONDS",
        description = "Longest a request waits for a turn before its 503 (env PYCONF_QUEUE_WAIT; default: ${DEFAULT-VALUE}).")
    double queueWaitSeconds;

    @Option(names = "--max-requests", defaultValue = "${env:PYCONF_MAX_REQUESTS:-32}", paramLabel = "N",
        description = "Other requests (documents, pages, dumps) handled at once (env PYCONF_MAX_REQUESTS; default: ${DEFAULT-VALUE}).")
    int maxRequests;

    @Option(names = "--request-queue", defaultValue = "${env:PYCONF_REQUEST_QUEUE:-64}", paramLabel = "N",
        description = "Other requests that may wait for a turn (env PYCONF_REQUEST_QUEUE; default: ${DEFAULT-VALUE}).")
    int requestQueue;

    @Option(names = "--max-result-rows", defaultValue = "${env:PYCONF_MAX_RESULT_ROWS:-100000}", paramLabel = "N",
        description = "Rows of a SELECT result (env PYCONF_MAX_RESULT_ROWS; default: ${DEFAULT-VALUE}).")
    long maxResultRows;

    @Option(names = "--max-result-triples", defaultValue = "${env:PYCONF_MAX_RESULT_TRIPLES:-100000}", paramLabel = "N",
        description = "Triples of a CONSTRUCT or DESCRIBE result (env PYCONF_MAX_RESULT_TRIPLES; default: ${DEFAULT-VALUE}).")
    long maxResultTriples;

    @Option(names = "--max-held-solutions", defaultValue = "${env:PYCONF_MAX_HELD_SOLUTIONS:-100000}", paramLabel = "N",
        description = "Solutions a sort, grouping, DISTINCT or join table may hold (env PYCONF_MAX_HELD_SOLUTIONS; "
            + "default: ${DEFAULT-VALUE}).")
    long maxHeldSolutions;

    @Option(names = "--max-string-length", defaultValue = "${env:PYCONF_MAX_STRING_LENGTH:-1048576}", paramLabel = "CHARS",
        description = "Longest string a query's functions may compute; "
            + ServerLimits.STRING_BUDGET_FACTOR + " times that in all (env PYCONF_MAX_STRING_LENGTH; default: ${DEFAULT-VALUE}).")
    int maxStringLength;

    @Option(names = "--idle-timeout", defaultValue = "${env:PYCONF_IDLE_TIMEOUT:-30}", paramLabel = "SECONDS",
        description = "A connection silent this long, or whose request headers take longer, is closed "
            + "(env PYCONF_IDLE_TIMEOUT; default: ${DEFAULT-VALUE}).")
    double idleTimeoutSeconds;

    @Option(names = "--min-data-rate", defaultValue = "${env:PYCONF_MIN_DATA_RATE:-1024}", paramLabel = "BYTES",
        description = "Bytes per second a request body and a response must at least move at "
            + "(env PYCONF_MIN_DATA_RATE; default: ${DEFAULT-VALUE}).")
    long minDataRate;

    @Option(names = "--shutdown-grace", defaultValue = "${env:PYCONF_SHUTDOWN_GRACE:-10}", paramLabel = "SECONDS",
        description = "How long requests in flight may finish after SIGTERM (env PYCONF_SHUTDOWN_GRACE; default: ${DEFAULT-VALUE}).")
    double shutdownGraceSeconds;

    @Option(names = "--memory-return", defaultValue = "${env:PYCONF_MEMORY_RETURN:-10}", paramLabel = "SECONDS",
        description = "After this long without a garbage collection, the server collects and returns the memory it "
            + "no longer uses to the system; 0: never (env PYCONF_MEMORY_RETURN; default: ${DEFAULT-VALUE}).")
    double memoryReturnSeconds;

    /** The limits, each checked; the first one out of range is an IllegalArgumentException naming its flag. */
    ServerLimits limits() {
        int queries = maxQueries == null ? ServerLimits.defaultMaxQueries() : maxQueries;
        SettingChecks.range("--max-queries", queries, 1, 10_000);
        int longQueries = maxLongQueries == null ? ServerLimits.defaultMaxLongQueries(queries) : maxLongQueries;
        SettingChecks.range("--max-long-queries", longQueries, 1, queries);
        SettingChecks.range("--query-queue", queryQueue, 0, 100_000);
        SettingChecks.range("--max-requests", maxRequests, 1, 10_000);
        SettingChecks.range("--request-queue", requestQueue, 0, 100_000);
        SettingChecks.range("--max-result-rows", maxResultRows, 1, Long.MAX_VALUE / 2);
        SettingChecks.range("--max-result-triples", maxResultTriples, 1, Long.MAX_VALUE / 2);
        SettingChecks.range("--max-held-solutions", maxHeldSolutions, 1, Long.MAX_VALUE / 2);
        SettingChecks.range("--max-string-length", maxStringLength, 1, Integer.MAX_VALUE / ServerLimits.STRING_BUDGET_FACTOR);
        SettingChecks.range("--min-data-rate", minDataRate, 0, 1L << 40);
        return new ServerLimits(queries, SettingChecks.seconds("--long-query-time", longQueryTimeSeconds, 0.001, 3600),
            longQueries, queryQueue, SettingChecks.seconds("--queue-wait", queueWaitSeconds, 0.001, 3600),
            maxRequests, requestQueue, maxResultRows, maxResultTriples, maxHeldSolutions, maxStringLength,
            SettingChecks.seconds("--idle-timeout", idleTimeoutSeconds, 0.1, 86_400), minDataRate,
            SettingChecks.seconds("--shutdown-grace", shutdownGraceSeconds, 0, 3600),
            SettingChecks.seconds("--memory-return", memoryReturnSeconds, 0, 86_400));
    }
}
