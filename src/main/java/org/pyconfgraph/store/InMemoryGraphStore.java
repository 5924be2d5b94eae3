package org.pyconfgraph.store;

import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * A transactional in-memory store: the default, fast for a dataset of this size. The default graph holds a
 * copy of the union of the named graphs, so that every client (SPARQL, Graph Store Protocol read, the
 * publishing code) sees the same union without engine-specific settings.
 */
public final class InMemoryGraphStore implements GraphStore {
    private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();

    @Override
    public void replaceWith(DatasetGraph release) {
        Txn.executeWrite(dataset, () -> {
            dataset.clear();
            dataset.prefixes().clear();
            dataset.prefixes().putAll(release.prefixes());
            release.find().forEachRemaining(dataset::add);
            release.getUnionGraph().find().forEachRemaining(dataset.getDefaultGraph()::add);
        });
    }

    @Override
    public RDFLink connect() { return RDFLink.connect(dataset); }

    @Override
    public DatasetGraph datasetGraph() { return dataset; }

    @Override
    public String description() { return "in-memory"; }

    @Override
    public void close() { dataset.close(); }
}
