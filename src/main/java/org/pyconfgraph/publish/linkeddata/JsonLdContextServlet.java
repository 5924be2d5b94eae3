package org.pyconfgraph.publish.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.lib.IRILib;
import org.pyconfgraph.format.JsonLdContext;
import org.pyconfgraph.format.RdfFormats;
import org.pyconfgraph.publish.http.ReleaseValidators;
import org.pyconfgraph.release.Release;

/**
 * The published JSON-LD context, for other publishers to reuse: {@code ontology/context.jsonld} with the instance's
 * IRIs, as {@code application/ld+json}. It lives under the ontology's version IRI ({@code vocab/1.0/context.jsonld}),
 * so a new version of the ontology gets a context URL of its own; {@code vocab/context.jsonld} redirects (302) to the
 * current one.
 */
final class JsonLdContextServlet extends HttpServlet {
    private static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";

    private final String url;
    private final byte[] body;
    private final Release release;

    /** @param url where the context is served; the current one's redirect points here */
    JsonLdContextServlet(String url, JsonLdContext context, Release release) {
        this.url = url;
        this.release = release;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createWriter(out, StandardCharsets.UTF_8).write(context.document());
        out.write('\n');
        this.body = out.toByteArray();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getMethod()) {
            case "GET", "HEAD" -> answer(request, response);
            case "OPTIONS" -> response.setHeader("Allow", ALLOWED_METHODS);
            default -> {
                response.setHeader("Allow", ALLOWED_METHODS);
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            }
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!url.endsWith(request.getServletPath())) {
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", IRILib.encodeNonASCII(url));
            response.setHeader("Cache-Control", LinkedDataServlet.CACHE_CONTROL);
            return;
        }
        if (ReleaseValidators.handle(request, response, release, "context", LinkedDataServlet.CACHE_CONTROL)) return;
        response.setContentType(RdfFormats.JSONLD.mediaType());
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(body);
    }
}
