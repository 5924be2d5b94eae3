package org.pyconfgraph.publish.html;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.http.ContentNegotiation;
import org.pyconfgraph.publish.http.StandardHeaders;

/**
 * The body of every error the server itself produces (a servlet's {@code sendError}, a path nothing serves, an
 * uncaught exception): our error page for clients preferring HTML, plain text for everyone else. Replaces Jetty's
 * page, which shows the raw URI and, for a failure, the exception.
 */
public final class ErrorPages extends ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger("org.pyconfgraph.server");
    private static final String TEXT = "text/plain;charset=utf-8";
    private static final List<String> OFFERED = List.of("text/html", "text/plain");

    private final Templates templates;
    private final String base;
    private final String release;

    private ErrorPages(Templates templates, String base, String release) {
        this.templates = templates;
        this.base = base;
        this.release = release;
    }

    /** Makes these pages the error handler of the server and of its servlet context. */
    public static void install(FusekiServer server, PublishingContext context) {
        ErrorPages pages = new ErrorPages(new Templates(), context.iris().base(), context.release().id());
        server.getJettyServer().setErrorHandler(pages);
        ServletContextHandler.getServletContextHandler(server.getServletContext()).setErrorHandler(pages);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        // The client learns only that it failed; the operator needs what failed, or a 500 cannot be diagnosed.
        if (cause != null && HttpStatus.isServerError(code))
            LOG.warn("{} {}: {}", request.getMethod(), request.getHttpURI().getPathQuery(), code, cause);
        String title = HttpStatus.getMessage(code);
        String explanation = explanation(code, message, request.getHttpURI().getDecodedPath());
        boolean html = ContentNegotiation.choose(request.getHeaders().get(HttpHeader.ACCEPT), OFFERED, t -> t)
            .map("text/html"::equals).orElse(false);
        String body = html
            ? templates.render("error", new Page(title, base, release, Map.of("message", explanation)))
            : title + "\n" + explanation + "\n";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, html ? HtmlResponse.MEDIA_TYPE : TEXT);
        response.getHeaders().add(HttpHeader.VARY, "Accept");
        // Jetty's own rejections (a malformed request, a URI or headers too long) reach no handler that sets these.
        StandardHeaders.apply(response.getHeaders());
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** What went wrong, for a reader; a server failure says no more than that, whatever the exception was. */
    private static String explanation(int code, String message, String path) {
        if (code == HttpStatus.NOT_FOUND_404) return "Nothing is published at " + path + ".";
        if (HttpStatus.isServerError(code) || message == null) return HttpStatus.getMessage(code) + ".";
        return message;
    }
}
