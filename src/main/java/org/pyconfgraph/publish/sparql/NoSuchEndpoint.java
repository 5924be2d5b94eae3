package org.pyconfgraph.publish.sparql;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 404 for every method below the endpoint's path. Fuseki's conventional service names ({@code /sparql/query},
 * {@code /sparql/update}, {@code /sparql/data}, ...) are not registered, so their requests fall through to
 * here; without it a PATCH would get the servlet default 501 rather than a client error.
 */
final class NoSuchEndpoint extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().println("Not found. The SPARQL endpoint is " + SparqlModule.PATH + ".");
    }
}
