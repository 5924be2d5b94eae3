package org.pyconfgraph.publish.sparql;

import org.apache.jena.fuseki.main.FusekiServer;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerModule;

/** The read-only SPARQL endpoint at {@code /sparql}: query and Graph Store Protocol read, nothing that writes. */
public final class SparqlModule implements ServerModule {
    public static final String PATH = "/sparql";

    @Override
    public void install(FusekiServer.Builder server, PublishingContext context) {
        server.add(PATH, context.store().datasetGraph(), false);
    }
}
