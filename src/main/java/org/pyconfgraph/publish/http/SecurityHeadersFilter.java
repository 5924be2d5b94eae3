package org.pyconfgraph.publish.http;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers that keep a browser from reading our responses as something else: no MIME sniffing, and a
 * Content-Security-Policy that lets pages load only this server's own scripts, styles and images.
 * Set on every response, so an RDF document opened in a browser is as constrained as a page.
 */
public final class SecurityHeadersFilter implements Filter {
    /** Scripts and styles from this server only; the JSON-LD data blocks in pages are not scripts to CSP. */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'");

    @Override
    public void doFilter(ServletRequest request, ServletResponse res, FilterChain chain)
        throws IOException, ServletException {
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        chain.doFilter(request, response);
    }
}
