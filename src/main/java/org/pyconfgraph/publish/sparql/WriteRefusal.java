package org.pyconfgraph.publish.sparql;

import java.util.List;

import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.web.HttpSC;

/**
 * Takes every request that would write (SPARQL Update, Graph Store Protocol PUT/POST/DELETE/PATCH, uploads,
 * RDF Patch) and refuses it, naming what the endpoint does accept. It never reaches the dataset, which is
 * read-only besides.
 * <p>
 * The status follows HTTP: 405 with {@code Allow} when the method is never allowed on that URL (a graph of the
 * store takes only reads; the endpoint takes no PUT, DELETE or PATCH); 403 when the method is allowed but not
 * for this request (a POST or GET to the endpoint carrying an update rather than a query).
 */
final class WriteRefusal extends ActionService {
    static final List<String> ENDPOINT_METHODS = List.of("GET", "HEAD", "POST", "OPTIONS");
    static final List<String> GRAPH_METHODS = List.of("GET", "HEAD", "OPTIONS");
    private static final String READ_ONLY = "This endpoint is read-only: it answers SPARQL queries (GET or POST)"
        + " and Graph Store Protocol reads (GET), and accepts no updates.";

    @Override
    public void execOptions(HttpAction action) {
        action.setResponseHeader(HttpNames.hAllow, String.join(", ", allowed(action)));
        ServletOps.success(action);
    }

    @Override
    public void execAny(String method, HttpAction action) {
        List<String> allowed = allowed(action);
        if (allowed.contains(method)) ServletOps.error(HttpSC.FORBIDDEN_403, READ_ONLY);
        action.setResponseHeader(HttpNames.hAllow, String.join(", ", allowed));
        ServletOps.errorMethodNotAllowed(method, READ_ONLY);
    }

    private static List<String> allowed(HttpAction action) {
        boolean graph = action.getRequestParameter(HttpNames.paramGraph) != null
            || action.getRequestParameter(HttpNames.paramGraphDefault) != null;
        return graph ? GRAPH_METHODS : ENDPOINT_METHODS;
    }

    @Override
    public void validate(HttpAction action) {}

    @Override
    public void execute(HttpAction action) {}
}
