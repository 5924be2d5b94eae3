package org.pyconfgraph.publish.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.lib.IRILib;
import org.pyconfgraph.format.RdfFormats;
import org.pyconfgraph.publish.http.ContentNegotiation;
import org.pyconfgraph.publish.http.ReleaseBodies;
import org.pyconfgraph.publish.http.ReleaseCache;
import org.pyconfgraph.publish.http.ReleaseValidators;
import org.pyconfgraph.publish.linkeddata.Routes.Route;
import org.pyconfgraph.release.Release;

/**
 * Answers every URL of the layout: a thing with 303 See Other to a document, a document in the variant its URL
 * names or the client prefers; an unknown path with 404 and an unacceptable Accept header with 406.
 */
final class LinkedDataServlet extends HttpServlet {
    /** Documents change only with a release, which a server restart brings: short enough to pick it up soon. */
    static final String CACHE_CONTROL = "public, max-age=300";
    private static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";
    static final String JSONLD_CONTEXT_RELATION = "http://www.w3.org/ns/json-ld#context";

    private final Routes routes;
    private final DocumentSerializer serializer;
    private final Release release;
    private final List<String> licenses;
    private final String contextUrl;
    /**
     * Documents change only with the release: the most asked for are kept, a bounded number (a document is at
     * most some tens of kB: incoming links are capped), so that popular ones cost what a static file costs.
     */
    private final transient ReleaseBodies bodies = new ReleaseBodies(DOCUMENT_BODIES);
    static final int DOCUMENT_BODIES = 1024;
    /**
     * The routes of URLs that lead somewhere, per release: a thing's URL answers only if the data has the thing, a
     * store lookup that would otherwise cost more than sending a cached body. A URL that leads nowhere is not kept.
     */
    private final transient ReleaseCache<Route> foundRoutes = new ReleaseCache<>(FOUND_ROUTES);
    static final int FOUND_ROUTES = 4 * DOCUMENT_BODIES;

    /** @param contextUrl the published JSON-LD context, which JSON-LD documents name in a Link header */
    LinkedDataServlet(Routes routes, DocumentSerializer serializer, Release release, List<String> licenses,
                      String contextUrl) {
        this.routes = routes;
        this.serializer = serializer;
        this.release = release;
        this.licenses = licenses;
        this.contextUrl = contextUrl;
    }

    /** Reading is all there is; TRACE in particular, which would echo a request's headers, is refused. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getMethod()) {
            case "GET" -> answer(request, response, false);
            case "HEAD" -> answer(request, response, true);
            case "OPTIONS" -> response.setHeader("Allow", ALLOWED_METHODS);
            default -> {
                response.setHeader("Allow", ALLOWED_METHODS);
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            }
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, boolean head) throws IOException {
        String path = pathInContext(request).substring(1);
        Route route = foundRoutes.get(release.id(), path, () -> routes.find(path).orElse(null));
        if (route == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (route.fixedVariant().isEmpty()) response.setHeader("Vary", "Accept");
        Optional<Variant> variant = route.fixedVariant().or(() -> ContentNegotiation.chooseAmong(
            request.getHeader("Accept"), Variant.ALL, Variant::mediaTypes));
        if (variant.isEmpty()) {
            notAcceptable(response, head);
            return;
        }
        if (route.seeOther()) seeOther(request, response, route.documents(), variant.get());
        else document(request, response, route, variant.get(), head);
    }

    private void seeOther(HttpServletRequest request, HttpServletResponse response, DocumentSet documents,
                          Variant variant) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", headerUrl(documents.url(variant)));
        for (Variant described : Variant.ALL)
            response.addHeader("Link", link(documents.url(described), "describedby", described));
        ReleaseValidators.handle(request, response, release, "303-" + variant.extension(), CACHE_CONTROL);
    }

    private void document(HttpServletRequest request, HttpServletResponse response, Route route, Variant variant,
                          boolean head) throws IOException {
        DocumentSet documents = route.documents();
        if (route.fixedVariant().isEmpty()) response.setHeader("Content-Location", headerUrl(documents.url(variant)));
        for (Variant other : Variant.ALL)
            if (other != variant) response.addHeader("Link", link(documents.url(other), "alternate", other));
        for (String license : licenses) response.addHeader("Link", "<" + headerUrl(license) + ">; rel=\"license\"");
        // The context a JSON-LD document inlines, at its own URL (JSON-LD's context relation).
        if (RdfFormats.JSONLD.equals(variant.rdf()))
            response.addHeader("Link", "<" + headerUrl(contextUrl) + ">; rel=\"" + JSONLD_CONTEXT_RELATION
                + "\"; type=\"" + RdfFormats.JSONLD.mediaType() + "\"");
        if (ReleaseValidators.handle(request, response, release, variant.extension(), CACHE_CONTROL)) return;
        byte[] body = bodies.get(release.id(), documents.stem(), variant.extension(),
            () -> serializer.serialize(documents, variant));
        response.setContentType(variant.contentType());
        response.setContentLength(body.length);
        if (!head) response.getOutputStream().write(body);
    }

    private static void notAcceptable(HttpServletResponse response, boolean head) throws IOException {
        String offered = Variant.ALL.stream().flatMap(v -> v.mediaTypes().stream()).collect(Collectors.joining(", "));
        byte[] body = ("Not acceptable. This resource is available as: " + offered + "\n")
            .getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(body.length);
        if (!head) response.getOutputStream().write(body);
    }

    private static String link(String url, String relation, Variant variant) {
        return "<" + headerUrl(url) + ">; rel=\"" + relation + "\"; type=\"" + variant.mediaType() + "\"";
    }

    /** Our IRIs may hold any Unicode character; header values are ASCII, so they carry the IRI's URI form. */
    private static String headerUrl(String iri) {
        return IRILib.encodeNonASCII(iri);
    }

    private static String pathInContext(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }
}
