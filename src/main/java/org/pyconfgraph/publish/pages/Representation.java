package org.pyconfgraph.publish.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pyconfgraph.publish.http.ReleaseBodies;
import org.pyconfgraph.publish.html.HtmlResponse;
import org.pyconfgraph.publish.http.ReleaseValidators;
import org.pyconfgraph.release.Release;

/**
 * One representation of a page or file that changes only with the release: its media type, the variant that tells
 * it apart in the ETag, and its body, made only when a client does not have it already.
 */
record Representation(String mediaType, String variant, Supplier<String> body) {
    /** Pages may be kept a little while; after that a conditional GET answers 304 until the next release. */
    static final String CACHE_CONTROL = "public, max-age=300";

    static Representation html(Supplier<String> body) {
        return new Representation(HtmlResponse.MEDIA_TYPE, "html", body);
    }

    /**
     * Sends it with the release's validators: a 304 if the client's copy is current, no body for HEAD. The body is
     * made once per release and URL and kept in {@code bodies}.
     */
    void send(HttpServletRequest request, HttpServletResponse response, Release release, ReleaseBodies bodies)
        throws IOException {
        if (ReleaseValidators.handle(request, response, release, variant, CACHE_CONTROL)) return;
        String url = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        byte[] bytes = bodies.get(release.id(), url, variant, () -> body.get().getBytes(StandardCharsets.UTF_8));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(mediaType);
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(bytes);
    }
}
