package org.pyconfgraph.publish.sparql;

import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Breaks the connection of a response whose status has already been sent. A response that fails half-way
 * must not end like a complete one: without its closing chunk, every HTTP client reports an error instead
 * of handing a truncated body to its caller. The Servlet API cannot express this, hence Jetty's own call.
 */
final class ConnectionAbort {
    private ConnectionAbort() {}

    static void abort(HttpServletRequest request, Throwable cause) {
        ServletContextRequest.getServletContextRequest(request).getServletChannel().abort(cause);
    }
}
