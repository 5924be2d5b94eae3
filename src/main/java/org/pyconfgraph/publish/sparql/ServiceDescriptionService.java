package org.pyconfgraph.publish.sparql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.web.HttpSC;
import org.pyconfgraph.format.RdfFormat;
import org.pyconfgraph.format.RdfFormats;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.publish.http.ContentNegotiation;
import org.pyconfgraph.publish.http.ReleaseValidators;
import org.pyconfgraph.release.Release;

/**
 * Answers a GET of the endpoint without a query with its service description, in the RDF format the client
 * prefers (Turtle for any). It offers no HTML: a client that accepts only HTML gets 406, and the page for
 * browsers is left to a servlet filter on the endpoint's path, which runs before this handler.
 */
final class ServiceDescriptionService extends ActionService {
    static final Operation OPERATION = Operation.alloc(Vocabularies.SD + "Service", "service-description",
        "SPARQL 1.1 Service Description");
    private static final String CACHE_CONTROL = "public, max-age=300";

    /**
     * The description rendered once per format, when first asked for: it changes only with the release, and
     * rendering every format before the server listens would delay its first answer.
     */
    private final Map<RdfFormat, byte[]> renderings = new ConcurrentHashMap<>();
    private final Graph description;
    private final Release release;

    ServiceDescriptionService(Graph description, Release release) {
        this.description = description;
        this.release = release;
    }

    @Override
    public void execGet(HttpAction action) { executeLifecycle(action); }

    @Override
    public void execHead(HttpAction action) { executeLifecycle(action); }

    @Override
    public void execOptions(HttpAction action) {
        ActionLib.doOptionsGetPostHead(action);
        ServletOps.success(action);
    }

    @Override
    public void validate(HttpAction action) {}

    @Override
    public void execute(HttpAction action) {
        RdfFormat format = choose(action.getRequestHeader(HttpNames.hAccept));
        if (ReleaseValidators.handle(action.getRequest(), action.getResponse(), release, format.extension(),
            CACHE_CONTROL))
            return;
        byte[] body = renderings.computeIfAbsent(format, this::render);
        action.setResponseStatus(HttpSC.OK_200);
        action.setResponseContentType(format.mediaType() + "; charset=utf-8");
        action.setResponseContentLength(body.length);
        if (action.getRequestMethod().equals(HttpNames.METHOD_HEAD)) return;
        try {
            action.getResponseOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RdfFormat choose(String accept) {
        List<RdfFormat> offers = RdfFormats.DOCUMENT_FORMATS;
        return ContentNegotiation.chooseAmong(accept, offers, RdfFormat::mediaTypes).orElseGet(() -> {
            ServletOps.error(HttpSC.NOT_ACCEPTABLE_406, "The service description is available as "
                + offers.stream().flatMap(f -> f.mediaTypes().stream()).collect(Collectors.joining(", ")) + ".");
            return null;
        });
    }

    private byte[] render(RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        release.writers().write(description, format, out);
        return out.toByteArray();
    }
}
