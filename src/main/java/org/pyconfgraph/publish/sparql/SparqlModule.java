package org.pyconfgraph.publish.sparql;

import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.jetty.server.Server;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerLimits;
import org.pyconfgraph.publish.ServerModule;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.store.SparqlService;

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

    /** The server's one set of query lanes, shared by the releases it serves in turn. */
    private QueryLanes lanes;

    @Override
    public void install(FusekiServer.Builder server, PublishingContext context) {
        String endpointIri = context.iris().resolve(PATH.substring(1));
        ActionProcessor refusal = new WriteRefusal();
        // A store that answers SPARQL itself gets the checked queries; Fuseki's dataset is then an empty stand-in.
        SparqlService remote = context.store().sparqlService().orElse(null);
        Duration timeout = context.settings().queryTimeout();
        DataService.Builder service = DataService.newBuilder(context.store().localDataset()
                .orElseGet(DatasetGraphFactory::empty))
            .addEndpoint(endpoint(Operation.Query,
                new SparqlQueryService(timeout, context.iris().base(), context.settings().limits(),
                    lanes(context.settings().limits()), remote)))
            .addEndpoint(endpoint(Operation.GSP_R, remote == null ? new GSP_R()
                : new RemoteGraphRead(remote, timeout, context.settings().limits().maxResultTriples())))
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

    /**
     * Refuses, ahead of admission control, a query known to run long while the long lanes are full (see
     * {@link KnownLongQueries}); call once the server's handlers are in place, before it starts.
     */
    public void refuseKnownLongQueriesEarly(Server server, ServerSettings settings) {
        server.setHandler(new KnownLongQueries(server.getHandler(), lanes(settings.limits()), settings.queryTimeout()));
    }

    private synchronized QueryLanes lanes(ServerLimits limits) {
        if (lanes == null) lanes = new QueryLanes(limits);
        return lanes;
    }

    /** An endpoint at the dataset's own URL (no service name), so that only {@code /sparql} itself answers. */
    private static Endpoint endpoint(Operation operation, ActionProcessor processor) {
        return Endpoint.create().operation(operation).endpointName("").processor(processor).build();
    }
}
