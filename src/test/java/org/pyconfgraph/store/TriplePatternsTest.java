package org.pyconfgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
import org.pyconfgraph.testing.FixtureStores;

@DisplayName("A store's triple-pattern reads")
class TriplePatternsTest {
    private static final String EX = "http://example.org/";
    private static final Query STATEMENTS = QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");
    private static final List<Node> SUBJECTS = List.of(iri("a"), iri("c"), iri("onlyObject"), iri("nothing"));
    private static final List<Node> PREDICATES = List.of(iri("p"), iri("q"), iri("link"),
        NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
        NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"), iri("absent"));

    @TempDir static Path directory;
    private static Map<String, GraphStore> stores;

    @BeforeAll
    static void load() {
        DatasetGraph data = RDFDataMgr.loadDatasetGraph("src/test/resources/fixtures/triple-patterns/data.trig");
        stores = FixtureStores.of(data, directory);
    }

    @AfterAll
    static void close() { stores.values().forEach(GraphStore::close); }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"memory", "tdb2"})
    @DisplayName("find an IRI as subject or as object in any graph, and nothing of an IRI the data does not have")
    void mentions(String store) {
        GraphStore graphs = stores.get(store);
        assertTrue(mentioned(graphs, iri("a")));
        assertTrue(mentioned(graphs, iri("onlyObject")));
        // Only a literal spells it.
        assertFalse(mentioned(graphs, iri("nothing")));
        for (Node iri : List.of(iri("a"), iri("onlyObject"), iri("nothing"))) {
            boolean queried = graphs.read(reader -> TriplePatterns.mentions(reader, iri));
            assertEquals(queried, mentioned(graphs, iri), "as the SPARQL query answers, of " + iri);
        }
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"memory", "tdb2"})
    @DisplayName("give the union graph's statements of each subject and predicate as a SPARQL query does, in order")
    void statements(String store) {
        GraphStore graphs = stores.get(store);
        List<Triple> read = graphs.read(reader -> reader.statements(SUBJECTS, PREDICATES)).find().toList();
        List<Triple> queried = graphs.read(reader -> reader.graph(LeadingValues.of(STATEMENTS,
            List.of(Var.alloc("s"), Var.alloc("p")), SUBJECTS.stream().flatMap(s -> PREDICATES.stream()
                .map(p -> BindingFactory.binding(Var.alloc("s"), s, Var.alloc("p"), p))).toList()),
            BindingFactory.empty())).find().toList();
        assertEquals(queried, read);
        // The statement both graphs hold, once; the blank node's own statements are not the subjects'.
        assertEquals(1, read.stream().filter(t -> t.getPredicate().equals(iri("p")) && t.getSubject().equals(iri("a")))
            .count());
        assertEquals(6, read.size());
        assertEquals(queried, graphs.read(reader -> TriplePatterns.statements(reader, SUBJECTS, PREDICATES)).find()
            .toList(), "as the query a store that answers SPARQL itself is sent");
        assertEquals(List.of(), graphs.read(reader -> reader.statements(List.of(), PREDICATES)).find().toList());
    }

    private static boolean mentioned(GraphStore store, Node iri) {
        return store.read(reader -> reader.mentions(iri));
    }

    private static Node iri(String name) {
        return NodeFactory.createURI(EX + name);
    }
}
