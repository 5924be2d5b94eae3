package org.pyconfgraph.format;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.io.StringWriterI;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.pyconfgraph.format.GraphSubjects.Subject;

/**
 * N-Quads in RDF term order, the bytes Jena's N-Quads writer gives for an ordered view of the dataset, written
 * graph by graph and subject by subject with Jena's N-Triples term formatter: a subject's and a graph's terms are
 * formatted once, not on every line, and each predicate once per graph (a dump writer's lines mostly repeat them).
 */
final class NQuadsInOrder {
    private static final int KEPT_PREDICATES = 10_000;
    private final NodeFormatter terms = new NodeFormatterNT(CharSpace.UTF8);
    private final AWriter out;

    private NQuadsInOrder(OutputStream out) {
        this.out = IO.wrapUTF8(out);
    }

    /** Writes every graph of an ordered view ({@link OrderedViews#dataset}), in the order of their names. */
    static void write(DatasetGraph orderedView, OutputStream out) {
        NQuadsInOrder writer = new NQuadsInOrder(out);
        try {
            for (Node name : OrderedViews.graphNames(orderedView))
                writer.graph(Quad.isDefaultGraph(name) ? orderedView.getDefaultGraph() : orderedView.getGraph(name),
                    Quad.isDefaultGraph(name) ? " .\n" : " " + writer.formatted(name) + " .\n");
        } finally {
            writer.out.flush();
        }
    }

    /** @param end what ends each line: the graph's name (none for the default graph) and the full stop */
    private void graph(Graph view, String end) {
        Map<Node, String> predicates = new HashMap<>();
        // A graph's predicates are few (its vocabulary); a graph with more than this formats the rest on every line.
        for (Subject subject : OrderedViews.subjects(view)) {
            List<Triple> triples = OrderedViews.triplesOf(view, subject);
            if (triples.isEmpty()) continue;
            String start = formatted(subject.node()) + " ";
            for (Triple triple : triples) {
                out.print(start);
                String predicate = predicates.get(triple.getPredicate());
                if (predicate == null) {
                    predicate = formatted(triple.getPredicate());
                    if (predicates.size() < KEPT_PREDICATES) predicates.put(triple.getPredicate(), predicate);
                }
                out.print(predicate);
                out.print(" ");
                terms.format(out, triple.getObject());
                out.print(end);
            }
        }
    }

    private String formatted(Node node) {
        StringWriterI text = new StringWriterI();
        terms.format(text, node);
        return text.toString();
    }
}
