package org.pyconfgraph.store;

import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/** A transactional in-memory store: the fastest to start for a dataset of the bundled size. */
public final class InMemoryGraphStore implements GraphStore {
    private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    private final DatasetGraph readView = new UnionDefaultGraphView(dataset);
    private final StoreReader reader = new DatasetReader(readView);

    /** A store holding a copy of {@code release}'s named graphs and prefixes. */
    public static InMemoryGraphStore of(DatasetGraph release) {
        InMemoryGraphStore store = new InMemoryGraphStore();
        Txn.executeWrite(store.dataset, () -> {
            store.dataset.prefixes().putAll(release.prefixes());
            release.find().forEachRemaining(store.dataset::add);
        });
        return store;
    }

    private InMemoryGraphStore() {}

    @Override
    public <T> T read(Function<StoreReader, T> work) {
        return Txn.calculateRead(readView, () -> work.apply(reader));
    }

    @Override
    public Optional<DatasetGraph> localDataset() { return Optional.of(readView); }

    @Override
    public Optional<SparqlService> sparqlService() { return Optional.empty(); }

    @Override
    public String description() { return "in-memory"; }

    @Override
    public void close() { dataset.close(); }
}
