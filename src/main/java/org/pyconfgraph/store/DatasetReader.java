package org.pyconfgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.TemplateLib;
import org.apache.jena.sparql.util.Context;

/** Queries of a dataset in this process, run inside the transaction the store has begun. */
final class DatasetReader implements StoreReader {
    private final DatasetGraph dataset;

    DatasetReader(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    public List<Binding> select(Query query, Binding values) {
        try (QueryExec execution = execution(query, values)) {
            return copied(execution.select());
        }
    }

    @Override
    public void forEachRow(Query query, Binding values, Consumer<Binding> row) {
        try (QueryExec execution = execution(query, values)) {
            execution.select().forEachRemaining(each -> row.accept(BindingFactory.builder().addAll(each).build()));
        }
    }

    @Override
    public Optional<Tdb2Links> tdb2Links() {
        return Tdb2Links.of(dataset);
    }

    /** The graph in a fixed order ({@link OrderedGraph}). */
    @Override
    public Graph graph(Query query, Binding values) {
        try (QueryExec execution = execution(query, values)) {
            return OrderedGraph.of(query.isDescribeType() ? execution.describe().find() : execution.construct().find());
        }
    }

    @Override
    public List<Binding> select(PreparedQuery query, Binding values) {
        QueryIterator rows = rows(query, values);
        try {
            return copied(rows);
        } finally {
            rows.close();
        }
    }

    @Override
    public Graph graph(PreparedQuery query, Binding values) {
        if (query.query().isDescribeType()) return describe(query, values);
        QueryIterator rows = rows(query, values);
        try {
            return OrderedGraph.of(TemplateLib.calcTriples(query.query().getConstructTemplate().getTriples(), rows));
        } finally {
            rows.close();
        }
    }

    /** As ARQ answers DESCRIBE: the resources its rows and its IRIs name, each described by {@link BlankNodeClosure}. */
    private Graph describe(PreparedQuery query, Binding values) {
        Set<Node> resources = new LinkedHashSet<>(query.query().getResultURIs());
        for (Binding row : select(query, values))
            query.query().getResultVars().forEach(name -> {
                Node node = row.get(name);
                if (node != null) resources.add(node);
            });
        return describe(resources);
    }

    /** As ARQ's DESCRIBE describes each resource ({@link BlankNodeClosure}), from the indexes. */
    @Override
    public Graph describe(Collection<Node> resources) {
        Graph described = GraphFactory.createDefaultGraph();
        for (Node resource : resources)
            if (resource != null && !resource.isLiteral()) BlankNodeClosure.describe(dataset, resource, described);
        return OrderedGraph.of(described.find());
    }

    /** From the union graph's indexes, a lookup of each pair: no query is planned. */
    @Override
    public Graph statementsTo(Collection<Node> objects, Collection<Node> predicates) {
        Graph union = dataset.getUnionGraph();
        List<Triple> found = new ArrayList<>();
        for (Node object : objects)
            for (Node predicate : predicates) union.find(Node.ANY, predicate, object).forEachRemaining(found::add);
        return OrderedGraph.of(found.iterator());
    }

    /** From the union graph's indexes: no query is planned. */
    @Override
    public boolean mentions(Node iri) {
        Graph union = dataset.getUnionGraph();
        return union.contains(iri, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, iri);
    }

    /** From the union graph's indexes, a lookup of each pair: no query is planned. */
    @Override
    public Graph statements(Collection<Node> subjects, Collection<Node> predicates) {
        Graph union = dataset.getUnionGraph();
        List<Triple> found = new ArrayList<>();
        for (Node subject : subjects)
            for (Node predicate : predicates) union.find(subject, predicate, Node.ANY).forEachRemaining(found::add);
        return OrderedGraph.of(found.iterator());
    }

    /** From the dataset's quad indexes, a lookup of each pair: no query is planned. */
    @Override
    public List<Quad> statementsIn(Collection<Node> graphs, Collection<Node> subjects) {
        List<Quad> found = new ArrayList<>();
        for (Node graph : graphs)
            for (Node subject : subjects) dataset.find(graph, subject, Node.ANY, Node.ANY).forEachRemaining(found::add);
        return found;
    }

    private QueryExec execution(Query query, Binding values) {
        return QueryExec.dataset(dataset).query(query).substitution(values).build();
    }

    /**
     * The prepared plan with the values bound into it, run by the engine the dataset asks for (TDB2's for a TDB2
     * database), which only adapts it to its storage (quads) without optimizing it again. The values are its input
     * too, so that its rows carry them to a CONSTRUCT template.
     */
    private QueryIterator rows(PreparedQuery query, Binding values) {
        Context context = Context.setupContextForDataset(ARQ.getContext(), dataset);
        // Not even ARQ's minimal rewrite: it would rename the subqueries' variables of the optimized plan again.
        context.set(ARQConstants.sysOptimizerFactory, Optimize.noOptimizationFactory);
        Op plan = query.bound(values);
        QueryEngineFactory engine = QueryEngineRegistry.findFactory(plan, dataset, context);
        return engine.create(plan, dataset, values, context).iterator();
    }

    /** Copied while the transaction is open: a TDB2 row reads its nodes from the database lazily. */
    private static List<Binding> copied(Iterator<Binding> rows) {
        List<Binding> copies = new ArrayList<>();
        rows.forEachRemaining(row -> copies.add(BindingFactory.builder().addAll(row).build()));
        return copies;
    }
}
