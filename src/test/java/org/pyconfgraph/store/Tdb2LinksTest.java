package org.pyconfgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The links of fixtures/tdb2-links read from TDB2's quad indexes by node id, against what the fixture holds. */
@DisplayName("The links read from TDB2's indexes")
class Tdb2LinksTest {
    private static final String EX = "http://example.org/";

    @TempDir static Path directory;
    private static Tdb2GraphStore store;

    @BeforeAll
    static void load() {
        DatasetGraph database = DatabaseMgr.connectDatasetGraph(Location.create(directory));
        DatasetGraph fixture = RDFDataMgr.loadDatasetGraph("src/test/resources/fixtures/tdb2-links/links.trig");
        Txn.executeWrite(database, () -> fixture.find().forEachRemaining(database::add));
        store = Tdb2GraphStore.open(directory);
    }

    @AfterAll
    static void close() { store.close(); }

    @Test
    @DisplayName("count each object's distinct links from any subject, a link in two graphs once, and give only IRIs")
    void objectsOfMoreThan() {
        Tdb2Links links = store.read(reader -> reader.tdb2Links()).orElseThrow();
        // <o>: a p, b p, b q, two blank nodes, the part: 6 (a p is in two graphs); the literal 5 has 5; <few> 2.
        assertEquals(List.of(iri("o")), store.read(reader -> links.objectsOfMoreThan(5)));
        assertEquals(List.of(), store.read(reader -> links.objectsOfMoreThan(6)));
        assertEquals(2, store.read(reader -> links.objectsOfMoreThan(1)).size(), "<o> and <few>, not the literal");
    }

    @Test
    @DisplayName("list the links to an object from IRIs only, each once")
    void linksTo() {
        Tdb2Links links = store.read(reader -> reader.tdb2Links()).orElseThrow();
        List<String> found = new ArrayList<>();
        store.read(reader -> {
            links.forEachLinkTo(iri("o"), (subject, property) -> found.add(local(subject) + " " + local(property)));
            links.forEachLinkTo(iri("absent"), (subject, property) -> found.add("absent"));
            return found;
        });
        assertEquals(List.of("a p", "b p", "b q", "o#part about"), found.stream().sorted().toList());
    }

    @Test
    @DisplayName("list the links from IRIs with a fragment to IRIs")
    void linksFromFragments() {
        Tdb2Links links = store.read(reader -> reader.tdb2Links()).orElseThrow();
        List<String> found = new ArrayList<>();
        store.read(reader -> {
            links.forEachLinkFromFragment((s, p, o) -> found.add(local(s) + " " + local(p) + " " + local(o)));
            return found;
        });
        assertEquals(List.of("o#part about o", "o#part near few"), found.stream().sorted().toList());
    }

    @Test
    @DisplayName("are not offered by a store in memory")
    void notInMemory() {
        DatasetGraph fixture = RDFDataMgr.loadDatasetGraph("src/test/resources/fixtures/tdb2-links/links.trig");
        try (GraphStore memory = InMemoryGraphStore.of(fixture)) {
            assertTrue(memory.read(reader -> reader.tdb2Links()).isEmpty());
        }
    }

    private static Node iri(String local) { return NodeFactory.createURI(EX + local); }

    private static String local(Node iri) { return iri.getURI().substring(EX.length()); }
}
