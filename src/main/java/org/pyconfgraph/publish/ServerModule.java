package org.pyconfgraph.publish;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.pyconfgraph.release.ReleaseIndex;

/** One concern of the public server (SPARQL, documents, pages, dumps, metadata), installed into Fuseki. */
public interface ServerModule {
    void install(FusekiServer.Builder server, PublishingContext context);

    /** The files this module reads from a release folder instead of scanning the store, for the build to write. */
    default List<ReleaseIndex> releaseIndexes() { return List.of(); }
}
