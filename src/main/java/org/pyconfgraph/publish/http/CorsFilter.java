package org.pyconfgraph.publish.http;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets scripts on any web page read every response: the data is public and no request carries credentials, so
 * {@code Access-Control-Allow-Origin: *} on every response (without {@code Vary: Origin}, as it never depends on
 * the origin; set with the exposed headers by {@link StandardHeaders}) and never {@code Allow-Credentials}. A
 * preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) is answered here, 204, without reaching
 * the handlers behind.
 */
public final class CorsFilter implements Filter {
    public static final String ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";
    /** What a client may send beyond the CORS-safelisted headers: content negotiation and conditional requests. */
    public static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match, "
        + "If-Modified-Since, Cache-Control";
    /** Headers a script may read besides the safelisted ones: links, validators and redirect targets. */
    public static final String EXPOSED_HEADERS = "Link, ETag, Content-Location, Location, Last-Modified, Vary, Allow";
    /** How long a browser may reuse a preflight's answer, in seconds. */
    public static final String MAX_AGE = "86400";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
        throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        // Allow-Origin and Expose-Headers are on every response already (StandardHeaders).
        if (isPreflight(request)) {
            response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
            response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            response.setHeader("Access-Control-Max-Age", MAX_AGE);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isPreflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod()) && request.getHeader("Origin") != null
            && request.getHeader("Access-Control-Request-Method") != null;
    }
}
