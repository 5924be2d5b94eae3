package org.pyconfgraph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.sparql.ServerThreads;
import org.pyconfgraph.release.ReleaseFolder;
import org.pyconfgraph.store.StoreSetting;
import org.pyconfgraph.testing.BundledRelease;
import org.pyconfgraph.testing.RunningServer;
import org.pyconfgraph.testing.StockFuseki;

@DisplayName("A release served in front of a stock Fuseki holding it")
class RemoteStoreServingTest {
    private static final String BASE = "https://pyconf.example.org/";
    private static final ServerSettings SETTINGS = ServerSettings.defaults().withPublicBase(BASE);
    /** The engines' own query time limit: far beyond what any request here takes, even on a loaded machine. */
    private static final Duration ENGINE_LIMIT = Duration.ofSeconds(60);

    @TempDir static Path temp;
    private static Path folder;
    private static Path frontEnd;
    private static String releaseId;
    private static StockFuseki unionEngine;
    private static StockFuseki plainEngine;
    private static RunningServer local;
    private static RunningServer inFrontOfUnion;
    private static RunningServer inFrontOfPlain;

    @BeforeAll
    static void start() {
        folder = temp.resolve("release");
        ReleaseFolder built = ReleaseFolder.build(BundledRelease.sources(), IriSpace.of(BASE), folder);
        releaseId = built.release().id();
        // One engine on the release's own database with TDB2's union default graph; one loaded by Jena's loader
        // from the TriG dump and the metadata graph as a publisher serves it, with the plain default graph.
        unionEngine = StockFuseki.onDatabase(built.database(), true, ENGINE_LIMIT);
        local = RunningServer.startRelease(folder, SETTINGS);
        Path metadata = temp.resolve("metadata.nt");
        try {
            Files.write(metadata, get(local, "graph/metadata.nt", "application/n-triples").body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        plainEngine = StockFuseki.loadedFrom(temp.resolve("loaded"), ENGINE_LIMIT,
            Map.of(folder.resolve("dumps/pyconf-graph.trig"), "", metadata, BASE + "graph/metadata"));
        inFrontOfUnion = RunningServer.startRelease(folder, remote(unionEngine), SETTINGS);
        // A stateless front end has the release's manifest, dumps and sources, not its database.
        frontEnd = withoutDatabase(folder, temp.resolve("front-end"));
        inFrontOfPlain = RunningServer.startRelease(frontEnd, remote(plainEngine), SETTINGS);
    }

    private static Path withoutDatabase(Path release, Path copy) {
        try (Stream<Path> files = Files.walk(release)) {
            for (Path file : files.filter(f -> !f.startsWith(release.resolve("tdb2"))).toList())
                Files.copy(file, copy.resolve(release.relativize(file).toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {inFrontOfPlain, inFrontOfUnion, local, plainEngine,
            unionEngine})
            try {
                if (closeable != null) closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
    }

    static Stream<String> paths() {
        return Stream.of("", "timeline.svg", "id/event/python10", "doc/event/python10", "doc/event/python10.ttl",
            "doc/event/python10.html", "doc/event/python10.jsonld", "doc/event/python10.nt", "doc/event/python10.rdf",
            "doc/place/alexandria-va.ttl", "doc/series/ipc.html", "doc/dataset.ttl", "doc/dataset.html", "dataset",
            "vocab", "vocab.ttl", "vocab.html", "graph/facts.ttl", "graph/metadata.jsonld", "dumps/",
            "dumps/latest/pyconf-graph.ttl", "queries/", "query", "id/event/no-such-event", "doc/no-such-thing.ttl",
            "sparql?query=" + encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
            "sparql?query=" + encode("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"),
            "sparql?query=" + encode("SELECT * { <https://pyconf.example.org/id/event/python10> ?p ?o } ORDER BY ?p ?o"),
            "sparql?query=" + encode("ASK { ?s a <https://schema.org/Event> }"),
            "sparql?query=" + encode("SELECT * { ?s ?p ?o } LIMIT 0"),
            "sparql?query=" + encode("SELECT ?x { ?x ?p ?o FILTER(REGEX(STR(?x), \"python10$\")) } ORDER BY ?x LIMIT 3"));
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("paths")
    @DisplayName("answers every URL with the status, validators and bytes of the same release served from its TDB2"
        + " database, whether the engine's default graph is the union or not")
    void sameBytes(String path) {
        for (RunningServer remote : List.of(inFrontOfUnion, inFrontOfPlain))
            for (String accept : new String[] {"text/turtle", "text/html", "text/csv"}) {
                HttpResponse<byte[]> expected = get(local, path, accept);
                HttpResponse<byte[]> actual = get(remote, path, accept);
                assertEquals(expected.statusCode(), actual.statusCode(), path + " " + accept);
                for (String header : new String[] {"ETag", "Location", "Content-Type", "Content-Location", "Link"})
                    assertEquals(expected.headers().firstValue(header), actual.headers().firstValue(header), header);
                assertTrue(Arrays.equals(expected.body(), actual.body()), () -> path + " " + accept + " from "
                    + remote.context().store().description() + ": " + firstDifference(expected.body(), actual.body()));
            }
    }

    @Test
    @DisplayName("starts in front of an engine momentarily slower than the query time limit: the reads at start have"
        + " their own")
    void startsInFrontOfSlowEngine() {
        try (StockFuseki slow = StockFuseki.onDatabase(folder.resolve("tdb2"), true, ENGINE_LIMIT)) {
            slow.answerAfter(Duration.ofMillis(1000));
            ServerSettings strict = new ServerSettings(SETTINGS.host(), SETTINGS.port(), BASE, Duration.ofMillis(500),
                SETTINGS.limits());
            try (RunningServer started = RunningServer.startRelease(frontEnd,
                new StoreSetting.Sparql(URI.create(slow.queryEndpoint()), Duration.ofSeconds(30)), strict)) {
                // Fast again: it answers from the engine (a small query, well within the strict limit).
                slow.answerAfter(Duration.ZERO);
                String ask = "sparql?query=" + encode("ASK { <" + BASE + "id/event/python10> ?p ?o }");
                HttpResponse<byte[]> actual = get(started, ask, "application/sparql-results+json");
                assertEquals(200, actual.statusCode());
                assertTrue(Arrays.equals(get(local, ask, "application/sparql-results+json").body(), actual.body()));
            }
        }
    }

    @Test
    @DisplayName("answers a document or page it cannot read in time 503, and one whose engine is gone 502: never 500")
    void storeFailures() {
        ServerSettings strict = new ServerSettings(SETTINGS.host(), SETTINGS.port(), BASE, Duration.ofMillis(500),
            SETTINGS.limits());
        try (StockFuseki engine = StockFuseki.onDatabase(folder.resolve("tdb2"), true, ENGINE_LIMIT);
             RunningServer started = RunningServer.startRelease(frontEnd,
                new StoreSetting.Sparql(URI.create(engine.queryEndpoint()), Duration.ofSeconds(30)), strict)) {
            engine.answerAfter(Duration.ofMillis(1500));
            for (String path : new String[] {"doc/event/python10.ttl", "doc/series/ipc.html"})
                assertEquals(503, get(started, path, "text/html").statusCode(), path);
            engine.close();
            for (String path : new String[] {"doc/place/alexandria-va.ttl", "doc/event/python10.html"})
                assertEquals(502, get(started, path, "text/html").statusCode(), path);
        }
    }

    @Test
    @DisplayName("names the release it was started with, which the engine holds, in its dumps and validators")
    void releaseId() {
        for (RunningServer remote : List.of(inFrontOfUnion, inFrontOfPlain)) {
            assertEquals(releaseId, remote.context().release().id());
            String listing = new String(get(remote, "dumps/", "text/html").body(), StandardCharsets.UTF_8);
            assertTrue(listing.contains("dumps/" + releaseId + "/pyconf-graph.ttl"), listing);
            assertTrue(get(remote, "doc/event/python10.ttl", "text/turtle").headers().firstValue("ETag").orElseThrow()
                .startsWith("\"" + releaseId + "-"));
        }
    }

    @Test
    @DisplayName("in front of an engine, needs no database of its own in the release folder and makes none")
    void noLocalDatabase() {
        assertTrue(Files.notExists(frontEnd.resolve("tdb2")), "a front end's folder holds no database");
        assertEquals(200, get(inFrontOfPlain, "doc/event/python10.ttl", "text/turtle").statusCode());
    }

    @Test
    @DisplayName("gives the Graph Store Protocol's graphs, read from the engine: the same triples as locally")
    void graphStoreReads() {
        for (RunningServer remote : List.of(inFrontOfUnion, inFrontOfPlain))
            for (String path : new String[] {"sparql?default", "sparql?graph=" + encode(BASE + "graph/metadata")}) {
                Graph expected = ntriples(get(local, path, "application/n-triples"));
                Graph actual = ntriples(get(remote, path, "application/n-triples"));
                assertTrue(expected.size() > 100, path);
                assertTrue(expected.isIsomorphicWith(actual), path);
            }
        assertEquals(404, get(inFrontOfPlain, "sparql?graph=" + encode(BASE + "graph/nothing"), "text/turtle")
            .statusCode());
    }

    @Test
    @DisplayName("never forwards an update: it is refused, and the engine's data stays as it was")
    void refusesUpdates() {
        long before = Txn.calculateRead(plainEngine.database(), () -> plainEngine.database().stream().count());
        String update = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }";
        HttpResponse<byte[]> form = RunningServer.sendForBytes(HttpRequest.newBuilder(
                URI.create(inFrontOfPlain.local("sparql")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(update))).build());
        HttpResponse<byte[]> body = RunningServer.sendForBytes(HttpRequest.newBuilder(
                URI.create(inFrontOfPlain.local("sparql")))
            .header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString(update)).build());
        assertEquals(403, form.statusCode());
        assertEquals(403, body.statusCode());
        assertEquals(before, Txn.calculateRead(plainEngine.database(), () -> plainEngine.database().stream().count()));
    }

    @Test
    @DisplayName("refuses SERVICE and functions it does not offer before asking the engine")
    void refusesServiceAndFunctions() {
        String service = "SELECT * { SERVICE <" + unionEngine.queryEndpoint() + "> { ?s ?p ?o } } LIMIT 1";
        HttpResponse<byte[]> refused = get(inFrontOfUnion, "sparql?query=" + encode(service), "text/csv");
        assertEquals(400, refused.statusCode());
        assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("SERVICE is not supported"));
        String unoffered = "SELECT (<http://jena.apache.org/ARQ/function#not-offered>(1) AS ?x) {}";
        assertEquals(400, get(inFrontOfUnion, "sparql?query=" + encode(unoffered), "text/csv").statusCode());
    }

    @Test
    @DisplayName("holds a query to its own time limit: 503 at the limit, though the engine would run it longer")
    void timeLimit() throws InterruptedException {
        Duration limit = Duration.ofSeconds(1);
        // For this test the engine stops the query itself only at six times our limit: an answer from us before
        // then is ours, however long a loaded machine delays it.
        Duration engineLimit = Duration.ofSeconds(6);
        Context engine = unionEngine.database().getContext();
        engine.set(ARQ.queryTimeout, Long.toString(engineLimit.toMillis()));
        try (RunningServer strict = RunningServer.startRelease(folder, remote(unionEngine),
                SETTINGS.withQueryTimeout(limit))) {
            String runaway = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            long started = System.nanoTime();
            HttpResponse<byte[]> response = get(strict, "sparql?query=" + encode(runaway), "text/csv");
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            assertEquals(503, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
            assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("limit of 1 s"));
            assertTrue(elapsed >= 900 && elapsed < engineLimit.toMillis(), "answered after " + elapsed + " ms");
        } finally {
            // The engine runs the query on to its own limit: wait for that, so no later test shares the CPU with it.
            ServerThreads.awaitIdle(ENGINE_LIMIT.toMillis());
            engine.set(ARQ.queryTimeout, Long.toString(ENGINE_LIMIT.toMillis()));
        }
    }

    @Test
    @DisplayName("holds results to its row limit: a longer answer from the engine ends in a broken connection")
    void rowLimit() {
        ServerSettings fewRows = SETTINGS.withLimits(ServerLimits.defaults().withResults(10, 100_000, 100_000, 1 << 20));
        try (RunningServer strict = RunningServer.startRelease(folder, remote(unionEngine), fewRows)) {
            HttpResponse<byte[]> small = get(strict, "sparql?query=" + encode("SELECT * { ?s ?p ?o } LIMIT 10"),
                "text/csv");
            assertEquals(200, small.statusCode());
            assertEquals(11, new String(small.body(), StandardCharsets.UTF_8).lines().count());
            HttpRequest large = HttpRequest.newBuilder(URI.create(strict.local("sparql?query="
                + encode("SELECT * { ?s ?p ?o }")))).header("Accept", "text/csv").build();
            assertTrue(brokenOrRefused(large));
        }
    }

    private static boolean brokenOrRefused(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = RunningServer.client().send(request, HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 422;
        } catch (java.io.IOException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String firstDifference(byte[] expected, byte[] actual) {
        List<String> want = new String(expected, StandardCharsets.UTF_8).lines().toList();
        List<String> got = new String(actual, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String a = i < want.size() ? want.get(i) : "(end)";
            String b = i < got.size() ? got.get(i) : "(end)";
            if (!a.equals(b)) return "line " + (i + 1) + ": expected\n" + a + "\nbut was\n" + b;
        }
        return "same lines, different bytes";
    }

    private static StoreSetting remote(StockFuseki engine) {
        return new StoreSetting.Sparql(URI.create(engine.queryEndpoint()));
    }

    private static Graph ntriples(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode());
        return RDFParser.fromString(new String(response.body(), StandardCharsets.UTF_8), Lang.NTRIPLES).toGraph();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> get(RunningServer server, String path, String accept) {
        return RunningServer.sendForBytes(HttpRequest.newBuilder(URI.create(server.local(path)))
            .header("Accept", accept).build());
    }
}
