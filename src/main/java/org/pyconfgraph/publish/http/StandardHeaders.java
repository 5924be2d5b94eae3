package org.pyconfgraph.publish.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * The security and CORS headers every response carries, set once before anything else runs, so also on what
 * Jetty answers itself (a 503 of admission control, a 400, 414 or 431 of its parser through the error pages).
 * The security headers keep a browser from reading our responses as something else: no MIME sniffing, and a
 * Content-Security-Policy that lets pages load only this server's own scripts, styles and images, on every
 * response, so an RDF document opened in a browser is as constrained as a page. The CORS headers let scripts on
 * any page read every response (see {@link CorsFilter}).
 */
public final class StandardHeaders extends Handler.Wrapper {
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

    private StandardHeaders(Handler handler) {
        super(handler);
    }

    /** Wraps the server's handler, outermost; call before the server starts. */
    public static void install(Server server) {
        server.setHandler(new StandardHeaders(server.getHandler()));
    }

    /** Puts the headers into a response's fields. */
    public static void apply(HttpFields.Mutable headers) {
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("Referrer-Policy", REFERRER_POLICY);
        headers.put("Access-Control-Allow-Origin", "*");
        headers.put("Access-Control-Expose-Headers", CorsFilter.EXPOSED_HEADERS);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        apply(response.getHeaders());
        return super.handle(request, response, callback);
    }
}
