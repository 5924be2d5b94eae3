package org.pyconfgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The view of the subjects seen last")
class RecentSubjectsGraphTest {
    private static final String NS = "http://example.org/";

    @Test
    @DisplayName("finds what the graph finds, for every pattern, whether a subject is kept, too large or evicted")
    void findsWhatTheGraphFinds() {
        Graph graph = GraphFactory.createDefaultGraph();
        int subjects = RecentSubjectsGraph.SUBJECTS + 10;
        for (int s = 0; s < subjects; s++)
            for (int p = 0; p < 3; p++) graph.add(Triple.create(iri("s" + s), iri("p" + p), iri("o" + (s + p) % 7)));
        for (int o = 0; o <= RecentSubjectsGraph.TRIPLES; o++)
            graph.add(Triple.create(iri("large"), iri("p0"), NodeFactory.createLiteralString("v" + o)));
        RecentSubjectsGraph view = new RecentSubjectsGraph(graph);

        List<Node> probes = new ArrayList<>(List.of(Node.ANY, iri("large"), iri("absent"),
            NodeFactory.createLiteralString("v3")));
        for (int s = 0; s < subjects; s += 97) probes.add(iri("s" + s));
        for (int round = 0; round < 2; round++) { // the second round reads from what the first kept, or evicted
            for (int s = 0; s < subjects; s++) view.find(iri("s" + s), Node.ANY, Node.ANY).toList();
            for (Node s : probes)
                for (Node p : List.of(Node.ANY, iri("p1"), iri("p9")))
                    for (Node o : List.of(Node.ANY, iri("o2"), NodeFactory.createLiteralString("v3"))) {
                        assertEquals(set(graph.find(s, p, o).toList()), set(view.find(s, p, o).toList()),
                            s + " " + p + " " + o);
                        assertEquals(graph.contains(s, p, o), view.contains(s, p, o), s + " " + p + " " + o);
                    }
        }
    }

    private static Set<Triple> set(List<Triple> triples) {
        return new HashSet<>(triples);
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
