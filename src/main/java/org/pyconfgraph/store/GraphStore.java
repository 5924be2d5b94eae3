package org.pyconfgraph.store;

import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where a release is kept and read from. Publishing code reads only through this interface, so an
 * in-memory, a persistent (TDB2) or a remote SPARQL store slot in without touching it.
 */
public interface GraphStore extends AutoCloseable {

    /** Replaces the whole content in one step: readers see the old release or the new one, never a mix. */
    void replaceWith(DatasetGraph release);

    /**
     * A read connection for queries from the publishing code (documents, pages, metadata). Like
     * {@link #datasetGraph()}, its default graph is the union of the named graphs.
     */
    RDFLink connect();

    /** The dataset the SPARQL endpoint serves: read-only, its default graph the union of the named graphs. */
    DatasetGraph datasetGraph();

    /** A short human description for logs, e.g. "in-memory". */
    String description();

    @Override
    void close();
}
