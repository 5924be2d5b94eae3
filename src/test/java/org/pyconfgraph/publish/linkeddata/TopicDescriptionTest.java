package org.pyconfgraph.publish.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyconfgraph.store.GraphStore;
import org.pyconfgraph.testing.FixtureStores;

@DisplayName("A topic's description")
class TopicDescriptionTest {
    private static final String FIXTURES = "src/test/resources/fixtures/topic-description/";
    private static final String EX = "http://example.org/";
    private static final TopicDescription DESCRIPTION = new TopicDescription(
        List.of(NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")));

    @TempDir static Path directory;
    private static Map<String, GraphStore> stores;
    private static List<Node> iris;

    @BeforeAll
    static void load() {
        DatasetGraph data = RDFDataMgr.loadDatasetGraph(FIXTURES + "data.trig");
        stores = FixtureStores.of(data, directory);
        iris = FixtureStores.iris(data);
    }

    @AfterAll
    static void close() { stores.values().forEach(GraphStore::close); }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"memory", "tdb2"})
    @DisplayName("is what the one DESCRIBE query of the topic and its hash IRIs gives, triple for triple and in order")
    void sameAsQuery(String store) {
        GraphStore graphs = stores.get(store);
        Query query = QueryFactory.read(FIXTURES + "description.rq");
        for (Node topic : iris) {
            Graph expected = graphs.read(reader -> reader.graph(query, BindingFactory.binding(Var.alloc("topic"), topic)));
            assertEquals(expected.find().toList(), graphs.read(reader -> DESCRIPTION.of(reader, topic)).find().toList(),
                "description of " + topic);
        }
        Graph topic = graphs.read(reader -> DESCRIPTION.of(reader, iri("t")));
        for (String part : List.of("t#a", "t#b", "t#c"))
            assertTrue(topic.contains(iri(part), Node.ANY, Node.ANY), part + " is described");
        for (String other : List.of("t#d", "t#f", "other#x"))
            assertFalse(topic.contains(iri(other), Node.ANY, Node.ANY), other + " is not");
        assertTrue(topic.find().toList().stream().anyMatch(t -> t.getSubject().isBlank()), "the blank node closed");
    }

    private static Node iri(String name) {
        return NodeFactory.createURI(EX + name);
    }
}
