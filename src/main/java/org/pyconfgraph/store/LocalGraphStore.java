package org.pyconfgraph.store;

import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * A store held in this process: reads run in a read transaction on its read-only view, whose default graph is the
 * union of the named graphs, and the SPARQL endpoint executes queries on that view itself.
 */
abstract class LocalGraphStore implements GraphStore {
    private final DatasetGraph readView;
    private final StoreReader reader;

    /** @param reader asks its queries of {@code readView} or of the dataset underneath it */
    LocalGraphStore(DatasetGraph readView, StoreReader reader) {
        this.readView = readView;
        this.reader = reader;
    }

    @Override
    public <T> T read(Function<StoreReader, T> work) {
        return Txn.calculateRead(readView, () -> work.apply(reader));
    }

    @Override
    public Optional<DatasetGraph> localDataset() { return Optional.of(readView); }

    @Override
    public Optional<SparqlService> sparqlService() { return Optional.empty(); }
}
