package org.pyconfgraph.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
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
            execution.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    @Override
    public Graph graph(Query query, Binding values) {
        try (QueryExec execution = execution(query, values)) {
            return query.isDescribeType() ? execution.describe() : execution.construct();
        }
    }

    private QueryExec execution(Query query, Binding values) {
        return QueryExec.dataset(dataset).query(query).substitution(values).build();
    }
}
