package org.pyconfgraph.store;

import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/** A transactional in-memory store: the default, fast for a dataset of this size. */
public final class InMemoryGraphStore implements GraphStore {
    private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    private final DatasetGraph readView = new UnionDefaultGraphView(dataset);

    @Override
    public void replaceWith(DatasetGraph release) {
        Txn.executeWrite(dataset, () -> {
            dataset.clear();
            dataset.prefixes().clear();
            dataset.prefixes().putAll(release.prefixes());
            release.find().forEachRemaining(dataset::add);
        });
    }

    @Override
    public RDFLink connect() { return RDFLink.connect(readView); }

    @Override
    public DatasetGraph datasetGraph() { return readView; }

    @Override
    public String description() { return "in-memory"; }

    @Override
    public void close() { dataset.close(); }
}
