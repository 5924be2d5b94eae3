package org.pyconfgraph.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.testing.BundledRelease;

@DisplayName("The subjects of a graph")
class GraphSubjectsTest {

    @Test
    @DisplayName("of a TDB2 database's union graph and named graphs, read from its indexes, are those find() lists, "
        + "each once, with the triples find() gives each")
    void tdb2IndexListsTheSubjectsFindDoes() {
        DatasetGraph memory = BundledRelease.release().dataset();
        DatasetGraph database = DatabaseMgr.createDatasetGraph();
        Node facts = NamedGraph.FACTS.node(BundledRelease.iris());
        Txn.executeWrite(database, () -> {
            memory.find().forEachRemaining(database::add);
            // The same triples in a second graph: the union holds each once.
            memory.getGraph(facts).find().forEachRemaining(t -> database.add(NodeFactory.createURI("urn:x-copy"), t.getSubject(),
                t.getPredicate(), t.getObject()));
        });
        Txn.executeRead(database, () -> {
            assertListsEachSubjectOnce(database.getUnionGraph());
            assertListsEachSubjectOnce(database.getGraph(facts));
            assertTrue(GraphSubjects.of(database.getGraph(NodeFactory.createURI("urn:x-absent"))).subjects().isEmpty());
        });
    }

    private static void assertListsEachSubjectOnce(Graph graph) {
        Set<Node> expected = new HashSet<>();
        graph.find().forEachRemaining(t -> expected.add(t.getSubject()));
        List<Node> listed = GraphSubjects.of(graph).subjects();
        assertTrue(expected.size() > 1000, "a graph of many subjects");
        assertEquals(expected.size(), listed.size(), "each subject once");
        assertEquals(expected, new HashSet<>(listed));
        GraphSubjects index = GraphSubjects.of(graph);
        for (Node subject : listed) {
            List<Triple> read = index.triplesOf(subject);
            assertEquals(graph.find(subject, Node.ANY, Node.ANY).toSet(), new HashSet<>(read), subject.toString());
            assertEquals(read.size(), new HashSet<>(read).size(), "each triple once, though in several graphs");
        }
    }
}
