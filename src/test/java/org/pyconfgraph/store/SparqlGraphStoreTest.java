package org.pyconfgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.release.Release;
import org.pyconfgraph.release.ReleaseFolder;
import org.pyconfgraph.testing.BundledRelease;
import org.pyconfgraph.testing.StockFuseki;

@DisplayName("A store read from a stock SPARQL engine over the protocol")
class SparqlGraphStoreTest {
    private static final String BASE = "https://pyconf.example.org/";
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final Query DESCRIPTION = QueryFactory.create("DESCRIBE ?topic WHERE { ?topic ?p ?o }");
    private static final Query STATEMENTS = QueryFactory.create(
        "SELECT ?p ?o { ?topic ?p ?o } ORDER BY ?p ?o");

    @TempDir static Path temp;
    private static Release release;
    private static Tdb2GraphStore local;
    private static StockFuseki unionEngine;
    private static StockFuseki plainEngine;
    private static StockFuseki emptyEngine;
    private static StockFuseki slowEngine;

    @BeforeAll
    static void start() {
        ReleaseFolder built = ReleaseFolder.build(BundledRelease.sources(), IriSpace.of(BASE), temp.resolve("release"));
        release = built.release();
        local = Tdb2GraphStore.open(built.database());
        unionEngine = StockFuseki.onDatabase(built.database(), true, LIMIT);
        Path metadata = temp.resolve("metadata.nt");
        Node metadataGraph = NamedGraph.METADATA.node(release.iris());
        Txn.executeRead(release.dataset(), () -> write(release.dataset().getGraph(metadataGraph), metadata));
        plainEngine = StockFuseki.loadedFrom(temp.resolve("loaded"), LIMIT, Map.of(
            built.folder().resolve("dumps/pyconf-graph.trig"), "", metadata, metadataGraph.getURI()));
        emptyEngine = StockFuseki.onDatabase(temp.resolve("empty"), true, LIMIT);
        slowEngine = StockFuseki.onDatabase(built.database(), true, LIMIT);
    }

    @AfterAll
    static void stop() {
        slowEngine.close();
        emptyEngine.close();
        plainEngine.close();
        unionEngine.close();
        local.close();
    }

    @Test
    @DisplayName("sends queries as they are to an engine whose default graph is the union of the named graphs")
    void unionDefaultGraph() {
        SparqlGraphStore store = SparqlGraphStore.connect(URI.create(unionEngine.queryEndpoint()), release, LIMIT, LIMIT);
        assertFalse(store.sendsDataset());
        assertSameReads(store);
    }

    @Test
    @DisplayName("names the release's graphs as each query's dataset for an engine whose default graph is its own")
    void plainDefaultGraph() {
        SparqlGraphStore store = SparqlGraphStore.connect(URI.create(plainEngine.queryEndpoint()), release, LIMIT, LIMIT);
        assertTrue(store.sendsDataset());
        assertSameReads(store);
    }

    @Test
    @DisplayName("refuses an engine that does not hold the release, naming the setting and the release id")
    void refusesAnotherRelease() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
            () -> SparqlGraphStore.connect(URI.create(emptyEngine.queryEndpoint()), release, LIMIT, LIMIT));
        assertTrue(refused.getMessage().startsWith("--store sparql:" + emptyEngine.queryEndpoint()), refused::getMessage);
        assertTrue(refused.getMessage().contains("does not hold release " + release.id()), refused::getMessage);
    }

    @Test
    @DisplayName("refuses an endpoint that cannot be reached, in one line")
    void refusesUnreachable() {
        String nowhere = "http://127.0.0.1:9/sparql";
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
            () -> SparqlGraphStore.connect(URI.create(nowhere), release, LIMIT, Duration.ofSeconds(2)));
        assertTrue(refused.getMessage().startsWith("--store sparql:" + nowhere + " cannot be queried"),
            refused::getMessage);
        assertEquals(1, refused.getMessage().lines().count());
    }

    @Test
    @DisplayName("gives its reads at start their own time limit: an engine slower than a query may take still starts")
    void startTimeLimit() {
        Duration queryLimit = Duration.ofMillis(500);
        slowEngine.answerAfter(Duration.ofMillis(1500));
        try {
            SparqlGraphStore store = SparqlGraphStore.connect(URI.create(slowEngine.queryEndpoint()), release,
                queryLimit, LIMIT);
            Query versions = QueryFactory.create("SELECT ?s { ?s ?p ?o } LIMIT 1");
            assertEquals(1, store.readAtStart(reader -> reader.select(versions, BindingFactory.empty())).size());
            // The same read, once started, is a query like any other: held to the query time limit.
            assertThrows(org.apache.jena.query.QueryCancelledException.class,
                () -> store.read(reader -> reader.select(versions, BindingFactory.empty())));
            slowEngine.answerAfter(Duration.ZERO);
            assertEquals(1, store.read(reader -> reader.select(versions, BindingFactory.empty())).size());
        } finally {
            slowEngine.answerAfter(Duration.ZERO);
        }
    }

    @Test
    @DisplayName("refuses an engine slower than the start's time limit in one line naming that limit")
    void refusesSlowerThanStartLimit() {
        slowEngine.answerAfter(Duration.ofMillis(2000));
        try {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SparqlGraphStore.connect(URI.create(slowEngine.queryEndpoint()), release, LIMIT,
                    Duration.ofMillis(500)));
            assertEquals("--store sparql:" + slowEngine.queryEndpoint() + " did not answer within 500 ms, the time"
                + " limit of each read at start (--store-start-timeout)", refused.getMessage());
        } finally {
            slowEngine.answerAfter(Duration.ZERO);
        }
    }

    @Test
    @DisplayName("refuses a TDB2 database that does not hold the release")
    void refusesAnotherDatabase() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
            () -> Tdb2GraphStore.open(temp.resolve("another"), release, "--store tdb2:elsewhere"));
        assertTrue(refused.getMessage().contains("does not hold release " + release.id()), refused::getMessage);
    }

    /**
     * The rows and described graphs of the local TDB2 store, triple for triple and in the same order; a prepared
     * query's rows too.
     */
    private static void assertSameReads(SparqlGraphStore store) {
        for (String thing : List.of("event/python10", "place/alexandria-va", "series/ipc")) {
            Binding topic = BindingFactory.binding(Var.alloc("topic"),
                NodeFactory.createURI(release.iris().thing(thing)));
            List<Binding> rows = store.read(reader -> reader.select(STATEMENTS, topic));
            List<Binding> localRows = local.read(reader -> reader.select(STATEMENTS, topic));
            assertTrue(rows.size() > 3, thing);
            assertEquals(localRows, rows, thing);
            PreparedQuery prepared = PreparedQuery.of(STATEMENTS);
            assertEquals(localRows, store.read(reader -> reader.select(prepared, topic)), thing + ", prepared");
            assertEquals(localRows, local.read(reader -> reader.select(prepared, topic)), thing + ", prepared in TDB2");
            List<Triple> described = store.read(reader -> reader.graph(DESCRIPTION, topic)).find().toList();
            List<Triple> localDescribed = local.read(reader -> reader.graph(DESCRIPTION, topic)).find().toList();
            assertEquals(localDescribed, described, thing);
            Node iri = topic.get(Var.alloc("topic"));
            boolean mentioned = store.read(reader -> reader.mentions(iri));
            assertTrue(mentioned, thing);
            List<Node> predicates = local.read(reader -> reader.select(STATEMENTS, topic)).stream()
                .map(row -> row.get("p")).distinct().toList();
            List<Triple> statements = store.read(reader -> reader.statements(List.of(iri), predicates)).find().toList();
            assertEquals(local.read(reader -> reader.statements(List.of(iri), predicates)).find().toList(), statements,
                thing + ", its statements by triple patterns");
            assertEquals(localDescribed.stream().filter(t -> t.getSubject().equals(iri)).toList(), statements, thing);
        }
        Node nothing = NodeFactory.createURI(release.iris().thing("event/nothing"));
        boolean mentioned = store.read(reader -> reader.mentions(nothing));
        boolean mentionedLocally = local.read(reader -> reader.mentions(nothing));
        assertFalse(mentioned || mentionedLocally, "an IRI the release does not have");
        Query count = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        List<Binding> expected = local.read(reader -> reader.select(count, BindingFactory.empty()));
        List<Binding> actual = store.read(reader -> reader.select(count, BindingFactory.empty()));
        assertEquals(expected, actual, "the union default graph");
    }

    private static void write(Graph graph, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
