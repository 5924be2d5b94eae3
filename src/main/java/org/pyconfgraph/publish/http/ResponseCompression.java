package org.pyconfgraph.publish.http;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * gzip for large responses when the client asks for it ({@code Accept-Encoding: gzip}): documents, pages, SPARQL
 * results and the plain dumps shrink five to ten times. Jetty's {@link GzipHandler} wraps the whole server, so
 * every module's responses are covered. It adds {@code Vary: Accept-Encoding}, gives a compressed response the
 * ETag {@code "…--gzip"} and strips that suffix from {@code If-None-Match}, so our validators still answer 304.
 * The gzip dumps are left as they are: compressing them again would gain nothing and turn a file into an encoding.
 */
public final class ResponseCompression {
    /**
     * Bodies of a known length below this are sent as they are: they gain too little to be worth the CPU and the
     * lost Content-Length. A streamed body (SPARQL results) has no known length when its headers go out, so it is
     * compressed whenever the client asks, however small it turns out.
     */
    public static final int MIN_SIZE = 1024;

    private ResponseCompression() {}

    /** Wraps the server's handler; call before the server starts. */
    public static void install(Server server) {
        GzipHandler gzip = new GzipHandler();
        gzip.setMinGzipSize(MIN_SIZE);
        // SPARQL queries come as GET and POST. HEAD is included for its Vary header to match GET's; having no body
        // to compress, it always describes the identity representation.
        gzip.setIncludedMethods("GET", "HEAD", "POST");
        // Among Jetty's defaults too; said here so that the dumps never depend on them.
        gzip.addExcludedMimeTypes("application/gzip");
        gzip.addExcludedPaths("*.gz");
        gzip.setHandler(server.getHandler());
        server.setHandler(gzip);
    }
}
