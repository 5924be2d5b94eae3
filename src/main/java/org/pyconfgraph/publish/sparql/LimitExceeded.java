package org.pyconfgraph.publish.sparql;

import org.apache.jena.query.QueryCancelledException;

/**
 * A query stopped because it would take more than a request's share: more rows, triples, sorted solutions or
 * computed characters than the endpoint allows. A cancellation to ARQ, so that no operator swallows it as an
 * evaluation error; the client's to fix, so a 4xx, not the 503 of a time limit.
 */
final class LimitExceeded extends QueryCancelledException {
    private final String reason;

    LimitExceeded(String reason) {
        this.reason = reason;
    }

    @Override
    public String getMessage() { return "Query stopped: " + reason + "."; }

    @Override
    public synchronized Throwable fillInStackTrace() { return this; }
}
