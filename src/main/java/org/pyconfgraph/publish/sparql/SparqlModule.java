package org.pyconfgraph.publish.sparql;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerModule;

/**
 * The read-only SPARQL endpoint at {@code /sparql}: SPARQL 1.1 Query (GET and POST), Graph Store Protocol
 * reads ({@code ?default}, {@code ?graph=}), and the service description for a GET without a query. The
 * default graph is the union of the named graphs. Every request that would write is refused, and no other
 * path below {@code /sparql} exists.
 * <p>
 * A module serving a page for browsers at the endpoint installs a servlet filter on {@link #PATH}: filters run
 * before this endpoint, which itself answers a client accepting only HTML with 406.
 */
public final class SparqlModule implements ServerModule {
    public static final String PATH = "/sparql";

    @Override
    public void install(FusekiServer.Builder server, PublishingContext context) {
        String endpointIri = context.iris().resolve(PATH.substring(1));
        ActionProcessor refusal = new WriteRefusal();
        DataService.Builder service = DataService.newBuilder(context.store().localDataset().orElseThrow(
                () -> new IllegalStateException("forwarding queries to a remote store is not implemented yet")))
            .addEndpoint(endpoint(Operation.Query,
                new SparqlQueryService(context.settings().queryTimeout(), context.iris().base(),
                    context.settings().limits())))
            .addEndpoint(endpoint(Operation.GSP_R, new GSP_R()))
            .addEndpoint(endpoint(ServiceDescriptionService.OPERATION, new ServiceDescriptionService(
                ServiceDescription.describe(context.iris(), endpointIri, ResultFormats.ALL), context.release())))
            .addEndpoint(endpoint(Operation.Update, refusal))
            .addEndpoint(endpoint(Operation.GSP_RW, refusal))
            .addEndpoint(endpoint(Operation.Upload, refusal))
            .addEndpoint(endpoint(Operation.Patch, refusal))
            .setPlainOperationChooser(new PlainRequestDispatch());
        server.add(PATH, service);
        server.addFilter(PATH, new FusekiExtrasFilter());
        server.addFilter(PATH, new ResultFormatRequest());
        server.addFilter(PATH, new JsonLdContextScope(context.release().writers().context()));
        server.addServlet(PATH + "/*", new NoSuchEndpoint());
    }

    /** An endpoint at the dataset's own URL (no service name), so that only {@code /sparql} itself answers. */
    private static Endpoint endpoint(Operation operation, ActionProcessor processor) {
        return Endpoint.create().operation(operation).endpointName("").processor(processor).build();
    }
}
