package org.pyconfgraph.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;

/** Queries of a dataset in this process, run inside the transaction the store has begun. */
final class DatasetReader implements StoreReader {
    private final DatasetGraph dataset;

    DatasetReader(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    public List<Binding> select(Query query, Binding values) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec execution = execution(query, values)) {
            // Copied while the transaction is open: a TDB2 row reads its nodes from the database lazily.
            execution.select().forEachRemaining(row -> rows.add(BindingFactory.builder().addAll(row).build()));
        }
        return rows;
    }

    /** The graph in a fixed order ({@link OrderedGraph}). */
    @Override
    public Graph graph(Query query, Binding values) {
        try (QueryExec execution = execution(query, values)) {
            return OrderedGraph.of(query.isDescribeType() ? execution.describe().find() : execution.construct().find());
        }
    }

    private QueryExec execution(Query query, Binding values) {
        return QueryExec.dataset(dataset).query(query).substitution(values).build();
    }
}
