package org.pyconfgraph.store;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;

/**
 * The triple-pattern reads of {@link StoreReader} as SPARQL queries, for a store that answers SPARQL itself: one
 * query per read, whatever the number of patterns. A store in this process answers them from its indexes instead.
 */
final class TriplePatterns {
    private static final Query MENTIONED = ReleaseMarks.query("mentioned.rq");
    private static final Query STATEMENTS = ReleaseMarks.query("statements.rq");
    private static final Query DESCRIBED_STATEMENTS = ReleaseMarks.query("described-statements.rq");
    private static final Var RESOURCE = Var.alloc("resource");
    private static final Query STATEMENTS_IN_GRAPHS = ReleaseMarks.query("statements-in-graphs.rq");
    private static final Var GRAPH = Var.alloc("g");
    private static final Var OBJECT = Var.alloc("o");
    private static final Var IRI = Var.alloc("iri");
    private static final Var SUBJECT = Var.alloc("s");
    private static final Var PREDICATE = Var.alloc("p");

    private TriplePatterns() {}

    static boolean mentions(StoreReader reader, Node iri) {
        return !reader.select(MENTIONED, BindingFactory.binding(IRI, iri)).isEmpty();
    }

    static Graph statements(StoreReader reader, Collection<Node> subjects, Collection<Node> predicates) {
        return pairs(reader, SUBJECT, subjects, predicates);
    }

    static Graph statementsTo(StoreReader reader, Collection<Node> objects, Collection<Node> predicates) {
        return pairs(reader, OBJECT, objects, predicates);
    }

    /** {@code statements.rq} with each pair of a node as {@code ?s} or {@code ?o} and a predicate. */
    private static Graph pairs(StoreReader reader, Var end, Collection<Node> nodes, Collection<Node> predicates) {
        if (nodes.isEmpty() || predicates.isEmpty()) return OrderedGraph.of(Collections.emptyIterator());
        return reader.graph(LeadingValues.of(STATEMENTS, List.of(end, PREDICATE), nodes.stream()
            .flatMap(n -> predicates.stream().map(p -> BindingFactory.binding(end, n, PREDICATE, p))).toList()),
            BindingFactory.empty());
    }

    /** Every statement about each resource, in one query: {@code described-statements.rq}. */
    static Graph describe(StoreReader reader, Collection<Node> resources) {
        List<Node> described = resources.stream().filter(node -> node != null && !node.isLiteral()).toList();
        if (described.isEmpty()) return OrderedGraph.of(Collections.emptyIterator());
        return reader.graph(LeadingValues.of(DESCRIBED_STATEMENTS, List.of(RESOURCE),
            described.stream().map(node -> BindingFactory.binding(RESOURCE, node)).toList()), BindingFactory.empty());
    }

    static List<Quad> statementsIn(StoreReader reader, Collection<Node> graphs, Collection<Node> subjects) {
        if (graphs.isEmpty() || subjects.isEmpty()) return List.of();
        return reader.select(LeadingValues.of(STATEMENTS_IN_GRAPHS, List.of(GRAPH, SUBJECT), graphs.stream()
                .flatMap(g -> subjects.stream().map(s -> BindingFactory.binding(GRAPH, g, SUBJECT, s))).toList()),
                BindingFactory.empty()).stream()
            .map(row -> Quad.create(row.get(GRAPH), row.get(SUBJECT), row.get(PREDICATE), row.get(OBJECT))).toList();
    }
}
