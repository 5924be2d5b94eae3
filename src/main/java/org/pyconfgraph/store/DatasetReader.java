package org.pyconfgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.NodeCmp;
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

    /**
     * The graph with its triples added in one fixed order: a hashed graph iterates in an order that depends on the
     * order of insertion, which differs from store to store; so pages and documents built from it would too.
     */
    @Override
    public Graph graph(Query query, Binding values) {
        List<Triple> triples = new ArrayList<>();
        try (QueryExec execution = execution(query, values)) {
            (query.isDescribeType() ? execution.describe() : execution.construct()).find().forEachRemaining(triples::add);
        }
        triples.sort(IN_ORDER);
        Graph graph = GraphFactory.createDefaultGraph();
        triples.forEach(graph::add);
        return graph;
    }

    private static final Comparator<Triple> IN_ORDER = Comparator
        .comparing(Triple::getSubject, NodeCmp::compareRDFTerms)
        .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
        .thenComparing(Triple::getObject, NodeCmp::compareRDFTerms);

    private QueryExec execution(Query query, Binding values) {
        return QueryExec.dataset(dataset).query(query).substitution(values).build();
    }
}
