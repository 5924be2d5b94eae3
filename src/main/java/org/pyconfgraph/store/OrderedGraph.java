package org.pyconfgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.NodeCmp;

/**
 * A graph with its triples added in one fixed order: a hashed graph iterates in an order that depends on the order
 * of insertion, which differs from store to store; so pages and documents built from it would too.
 */
public final class OrderedGraph {
    private static final Comparator<Triple> IN_ORDER = Comparator
        .comparing(Triple::getSubject, NodeCmp::compareRDFTerms)
        .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
        .thenComparing(Triple::getObject, NodeCmp::compareRDFTerms);

    private OrderedGraph() {}

    /** A new graph of {@code triples}, added in RDF term order. */
    public static Graph of(Iterator<Triple> triples) {
        List<Triple> sorted = new ArrayList<>();
        triples.forEachRemaining(sorted::add);
        sorted.sort(IN_ORDER);
        Graph graph = GraphFactory.createDefaultGraph();
        sorted.forEach(graph::add);
        return graph;
    }
}
