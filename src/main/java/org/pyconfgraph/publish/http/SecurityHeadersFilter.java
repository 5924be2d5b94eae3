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
    /**
     * Scripts and styles from this server only; the JSON-LD data blocks in pages are not scripts to CSP. The one
     * exception: the query editor's results table (YASGUI 4.5.0's column resizer) adds two fixed style sheets as
     * {@code <style>} elements, its layout and the cursor while a column is dragged. They are allowed by hash, so
     * that every other inline style stays refused; another YASGUI version may need new hashes (the browser test
     * reports the violation).
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
        "default-src 'self'",
        "style-src 'self' 'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk='"
            + " 'sha256-c0O6TmFAkgpNbHxKAa1BrveWHHopjEtC47i0PzMudxg='",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'");
    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    @Override
    public void doFilter(ServletRequest request, ServletResponse res, FilterChain chain)
        throws IOException, ServletException {
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        chain.doFilter(request, response);
    }
}
