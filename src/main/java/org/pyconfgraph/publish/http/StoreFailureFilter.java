package org.pyconfgraph.publish.http;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pyconfgraph.store.StoreFailure;

/**
 * Answers a request whose read of the store failed as the SPARQL endpoint answers its own (which it does itself, with
 * the query's limit in the message): 502 when the store failed to answer, 503 when a read took longer than the time
 * limit. Documents and pages read a remote store too, and such a failure would otherwise reach the client as a 500
 * and the log as a stack trace.
 */
public final class StoreFailureFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger("org.pyconfgraph.server");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(req, res);
        } catch (RuntimeException | ServletException e) {
            Throwable failure = storeFailure(e);
            HttpServletResponse response = (HttpServletResponse) res;
            if (failure == null || response.isCommitted()) throw e;
            HttpServletRequest request = (HttpServletRequest) req;
            if (failure instanceof StoreFailure) {
                LOG.warn("{} {}: 502, the store failed to answer: {}", request.getMethod(), request.getRequestURI(),
                    failure.getMessage());
                response.sendError(HttpServletResponse.SC_BAD_GATEWAY, "The store behind this server failed to answer.");
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Reading the store took longer than this server's time limit.");
            }
        }
    }

    /** The store failure or cancellation among the causes, or null. */
    private static Throwable storeFailure(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause())
            if (cause instanceof StoreFailure || cause instanceof QueryCancelledException) return cause;
        return null;
    }
}
