package org.pyconfgraph.publish.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * The security and CORS headers every response carries, set before anything else runs: also on what Jetty
 * answers itself (a 503 of admission control, a 400, 414 or 431 of its parser through the error pages), which
 * never reach the servlet filters that set them for the modules.
 */
public final class StandardHeaders extends Handler.Wrapper {
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
        headers.put("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
        headers.put("Referrer-Policy", SecurityHeadersFilter.REFERRER_POLICY);
        headers.put("Access-Control-Allow-Origin", "*");
        headers.put("Access-Control-Expose-Headers", CorsFilter.EXPOSED_HEADERS);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        apply(response.getHeaders());
        return super.handle(request, response, callback);
    }
}
