package org.pyconfgraph.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/** A transactional in-memory store: the fastest to start for a dataset of the bundled size. */
public final class InMemoryGraphStore extends LocalGraphStore {
    private final DatasetGraph dataset;

    /** A store holding a copy of {@code release}'s named graphs and prefixes. */
    public static InMemoryGraphStore of(DatasetGraph release) {
        InMemoryGraphStore store = new InMemoryGraphStore();
        Txn.executeWrite(store.dataset, () -> {
            store.dataset.prefixes().putAll(release.prefixes());
            release.find().forEachRemaining(store.dataset::add);
        });
        return store;
    }

    private InMemoryGraphStore() {
        this(DatasetGraphFactory.createTxnMem());
    }

    private InMemoryGraphStore(DatasetGraph dataset) {
        this(dataset, new UnionDefaultGraphView(dataset));
    }

    private InMemoryGraphStore(DatasetGraph dataset, DatasetGraph readView) {
        super(readView, new DatasetReader(readView));
        this.dataset = dataset;
    }

    @Override
    public String description() { return "in-memory"; }

    @Override
    public void close() { dataset.close(); }
}
