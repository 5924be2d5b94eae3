package org.pyconfgraph.publish.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
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
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.store.GraphStore;
import org.pyconfgraph.store.LeadingValues;
import org.pyconfgraph.store.StoreReader;
import org.pyconfgraph.testing.FixtureStores;

@DisplayName("The statements documents share")
class ResourceStatementsTest {
    private static final String FIXTURES = "src/test/resources/fixtures/shared-statements/";
    private static final IriSpace IRIS = IriSpace.of("http://example.org/");

    @TempDir static Path directory;
    private static Map<String, GraphStore> stores;
    /** Every IRI of the fixture, as subject or object: each is some document's topic or linked from one. */
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
    @DisplayName("join a page's schema.org description from each resource's statements as the one query over the "
        + "topic and what describes the resources it links to gives it, whichever documents were read before")
    void schemaOrgDescription(String store) throws Exception {
        Query whole = QueryFactory.create(Files.readString(Path.of(FIXTURES + "schema-org-description.rq")));
        GraphStore graphs = stores.get(store);
        List<Node> backwards = new ArrayList<>(iris);
        Collections.reverse(backwards);
        for (List<Node> order : List.of(iris, backwards)) {
            ResourceStatements shared = new ResourceStatements(IRIS, "release");
            // Each topic twice: the second from what the first and the documents before it kept.
            for (int round = 0; round < 2; round++)
                for (Node topic : order) {
                    Graph expected = graphs.read(reader -> reader.graph(whole, BindingFactory.builder()
                        .add(Var.alloc("resource"), topic)
                        .add(Var.alloc("inferred"), NamedGraph.INFERRED.node(IRIS))
                        .add(Var.alloc("facts"), NamedGraph.FACTS.node(IRIS)).build()));
                    Graph joined = graphs.read(reader -> shared.schemaOrgDescription(reader, topic));
                    assertEquals(triples(expected), triples(joined), "schema.org description of " + topic);
                }
        }
        Graph event = graphs.read(reader -> new ResourceStatements(IRIS, "release")
            .schemaOrgDescription(reader, iri("id/e1")));
        // The venue's address, reached through the venue; the metadata graph's statements left out.
        assertFalse(event.find(NodeFactory.createURI("http://example.org/id/v#address"), null, null).toList().isEmpty());
        // The series by name, not its list of editions: that is on the series' own page.
        assertTrue(event.contains(iri("id/s"), iri("http://schema.org/name"), Node.ANY));
        assertFalse(event.contains(iri("id/s"), iri("http://schema.org/subEvent"), iri("id/e2")));
        Graph series = graphs.read(reader -> new ResourceStatements(IRIS, "release")
            .schemaOrgDescription(reader, iri("id/s")));
        assertTrue(series.contains(iri("id/s"), iri("http://schema.org/subEvent"), iri("id/e2")));
        assertFalse(event.contains(iri("id/v"), iri("http://schema.org/name"), NodeFactory.createLiteral("A name from elsewhere")));
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"memory", "tdb2"})
    @DisplayName("give each IRI's labels as one SPARQL query over all of them does, kept or read")
    void labels(String store) {
        GraphStore graphs = stores.get(store);
        ResourceStatements shared = new ResourceStatements(IRIS, "release");
        for (int from = 0; from < iris.size(); from += 3) {
            // Overlapping groups: some IRIs kept from the group before, some read.
            List<Node> group = iris.subList(from, Math.min(iris.size(), from + 5));
            Graph expected = graphs.read(reader -> labelsQueried(reader, group));
            assertEquals(triples(expected), triples(graphs.read(reader -> shared.labels(reader, group))),
                "labels of " + group);
        }
        Graph all = graphs.read(reader -> shared.labels(reader, iris));
        assertEquals(triples(graphs.read(reader -> labelsQueried(reader, iris))), triples(all));
        assertEquals(List.of(), graphs.read(reader -> shared.labels(reader, List.of(iri("id/nothing")))).find().toList());
    }

    /** Every label property's statements about the IRIs, by a SPARQL query. */
    private static Graph labelsQueried(StoreReader reader, List<Node> resources) {
        Query query = QueryFactory.create("CONSTRUCT { ?resource ?labelProperty ?label } WHERE { ?resource ?labelProperty ?label }");
        Var resource = Var.alloc("resource");
        Var property = Var.alloc("labelProperty");
        return reader.graph(LeadingValues.of(query, List.of(resource, property), resources.stream()
            .flatMap(r -> Vocabularies.LABEL_PROPERTIES.stream()
                .map(p -> BindingFactory.binding(resource, r, property, NodeFactory.createURI(p))))
            .toList()), BindingFactory.empty());
    }

    /** The triples in the order the graph gives them: documents are written in that order. */
    private static List<Triple> triples(Graph graph) {
        return graph.find().toList();
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri.startsWith("http") ? iri : "http://example.org/" + iri);
    }
}
