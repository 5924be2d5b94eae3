package org.pyconfgraph.store;

import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where a release is kept and read from. Publishing code reads only through {@link #read}: it asks SPARQL queries
 * of one consistent snapshot, which an in-memory store, a TDB2 database or a remote SPARQL engine can all answer
 * (the contract a Linked Data Fragments datasource offers, with SPARQL as the selector language). The default
 * graph of every query is the union of the named graphs.
 */
public interface GraphStore extends AutoCloseable {

    /**
     * Runs {@code work} against one snapshot of the store, in one read transaction: every query it asks sees the
     * same release. Calls nest: a read inside a read joins the outer transaction.
     */
    <T> T read(Function<StoreReader, T> work);

    /**
     * {@link #read}, for what a server reads before it starts (the release's metadata). A remote store gives these
     * reads the start's own time limit rather than the public queries' one; a failure is the operator's to fix.
     *
     * @throws IllegalArgumentException one line naming the store, if a remote store could not be read
     */
    default <T> T readAtStart(Function<StoreReader, T> work) { return read(work); }

    /**
     * The dataset the SPARQL endpoint executes queries on, for a store held in this process (read-only, its default
     * graph the union of the named graphs); empty for a store that answers SPARQL itself, to which the endpoint
     * would forward queries instead.
     */
    Optional<DatasetGraph> localDataset();

    /** For a store that answers SPARQL itself, the service the endpoint forwards queries to; else empty. */
    Optional<SparqlService> sparqlService();

    /** A short human description for logs, e.g. "in-memory". */
    String description();

    @Override
    void close();
}
