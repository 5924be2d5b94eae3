package org.pyconfgraph.publish.http;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets through only the methods of HTTP that some module answers (writes included, so that the SPARQL endpoint
 * can refuse them with its own message). TRACE in particular would otherwise be echoed by every plain servlet.
 */
public final class MethodFilter implements Filter {
    static final Set<String> PASSED = Set.of("GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE", "PATCH");
    static final String ALLOW = "GET, HEAD, POST, OPTIONS";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (PASSED.contains(request.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("Allow", ALLOW);
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method not allowed here: " + ALLOW);
    }
}
