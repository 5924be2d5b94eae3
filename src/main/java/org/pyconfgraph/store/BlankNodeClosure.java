package org.pyconfgraph.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * What ARQ's DESCRIBE gives for a resource (its default handler, {@code DescribeBNodeClosure}), read from the
 * dataset's indexes without the query that handler plans for every resource: the resource's statements and,
 * recursively, those of their blank-node objects, in the default graph and in each named graph where it is a subject.
 */
final class BlankNodeClosure {
    private BlankNodeClosure() {}

    /** Adds the description of {@code resource} in {@code dataset} to {@code into}. */
    static void describe(DatasetGraph dataset, Node resource, Graph into) {
        closure(dataset.getDefaultGraph(), resource, into);
        Set<Node> graphs = new HashSet<>();
        Iterator<Quad> quads = dataset.find(Node.ANY, resource, Node.ANY, Node.ANY);
        quads.forEachRemaining(q -> {
            if (!q.isDefaultGraph()) graphs.add(q.getGraph());
        });
        for (Node name : graphs) closure(dataset.getGraph(name), resource, into);
    }

    private static void closure(Graph graph, Node resource, Graph into) {
        Set<Node> visited = new HashSet<>();
        Deque<Node> next = new ArrayDeque<>();
        visited.add(resource);
        next.add(resource);
        while (!next.isEmpty()) {
            Iterator<Triple> statements = graph.find(next.poll(), Node.ANY, Node.ANY);
            statements.forEachRemaining(t -> {
                into.add(t);
                if (t.getObject().isBlank() && visited.add(t.getObject())) next.add(t.getObject());
            });
        }
    }
}
