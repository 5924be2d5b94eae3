package org.pyconfgraph.publish;

import org.apache.jena.fuseki.main.FusekiServer;

/** One concern of the public server (SPARQL, documents, pages, dumps, metadata), installed into Fuseki. */
public interface ServerModule {
    void install(FusekiServer.Builder server, PublishingContext context);
}
