package org.pyconfgraph.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
        List<GraphSubjects.Subject> listed = GraphSubjects.of(graph).subjects();
        assertTrue(expected.size() > 1000, "a graph of many subjects");
        assertEquals(expected.size(), listed.size(), "each subject once");
        assertEquals(expected, listed.stream().map(GraphSubjects.Subject::node).collect(Collectors.toSet()));
        GraphSubjects index = GraphSubjects.of(graph);
        for (GraphSubjects.Subject subject : listed) {
            Set<Triple> found = graph.find(subject.node(), Node.ANY, Node.ANY).toSet();
            List<Triple> read = index.triplesOf(subject);
            assertEquals(found, new HashSet<>(read), subject.toString());
            assertEquals(read.size(), new HashSet<>(read).size(), "each triple once, though in several graphs");
            assertEquals(found, new HashSet<>(index.triplesOf(subject.node())), "looked up by the node alone");
        }
        assertTrue(index.triplesOf(NodeFactory.createURI("urn:x-not-in-the-graph")).isEmpty());
    }
}
