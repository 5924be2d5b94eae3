package org.pyconfgraph.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.server.PublishingServer;
import org.pyconfgraph.release.BuildPhases;
import org.pyconfgraph.release.ReleaseFolder;
import org.pyconfgraph.testing.BundledRelease;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("A release folder served from its TDB2 database")
class ReleaseFolderServingTest {
    private static final String BASE = "https://pyconf.example.org/";
    private static final ServerSettings SETTINGS = ServerSettings.defaults().withPublicBase(BASE);

    @TempDir static Path temp;
    private static RunningServer fromFolder;
    private static RunningServer inMemory;
    private static String releaseId;

    @BeforeAll
    static void start() {
        Path folder = temp.resolve("release");
        releaseId = ReleaseFolder.build(BundledRelease.sources(), IriSpace.of(BASE), folder,
            BuildPhases.untracked(), PublishingServer.releaseIndexes()).release().id();
        fromFolder = RunningServer.startRelease(folder, SETTINGS);
        inMemory = RunningServer.start(BundledRelease.sources(), SETTINGS);
    }

    @AfterAll
    static void stop() {
        fromFolder.close();
        inMemory.close();
    }

    static Stream<String> paths() {
        return Stream.of("", "timeline.svg", "id/event/python10", "doc/event/python10", "doc/event/python10.ttl",
            "doc/event/python10.html", "doc/event/python10.jsonld", "doc/event/python10.nt", "doc/event/python10.rdf",
            "doc/place/alexandria-va.ttl", "doc/series/ipc.html", "doc/dataset.ttl", "doc/dataset.html", "dataset",
            "vocab", "vocab.ttl", "vocab.html", "graph/facts.ttl", "graph/metadata.jsonld", "dumps/",
            "dumps/latest/pyconf-graph.ttl", "queries/", "id/event/no-such-event", "doc/no-such-thing.ttl",
            "sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D",
            "sparql?query=SELECT%20%3Fg%20(COUNT(*)%20AS%20%3Fn)%20%7B%20GRAPH%20%3Fg%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20%7D%20GROUP%20BY%20%3Fg%20ORDER%20BY%20%3Fg",
            "sparql?query=SELECT%20*%20%7B%20%3Chttps%3A%2F%2Fpyconf.example.org%2Fid%2Fevent%2Fpython10%3E%20%3Fp%20%3Fo%20%7D%20ORDER%20BY%20%3Fp%20%3Fo");
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("paths")
    @DisplayName("answers every URL with the status, validators and bytes of the same release served from memory")
    void sameBytes(String path) {
        for (String accept : new String[] {"text/turtle", "text/html", "text/csv"}) {
            HttpResponse<byte[]> expected = get(inMemory, path, accept);
            HttpResponse<byte[]> actual = get(fromFolder, path, accept);
            assertEquals(expected.statusCode(), actual.statusCode(), path + " " + accept);
            for (String header : new String[] {"ETag", "Location", "Content-Type", "Content-Location", "Link"})
                assertEquals(expected.headers().firstValue(header), actual.headers().firstValue(header), header);
            assertTrue(Arrays.equals(expected.body(), actual.body()), () -> path + " " + accept + ":\n"
                + new String(actual.body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    @DisplayName("gives the Graph Store Protocol's default graph as the union, the same triples as from memory")
    void graphStoreDefault() {
        Graph expected = RDFParser.fromString(new String(get(inMemory, "sparql?default", "application/n-triples").body(),
            StandardCharsets.UTF_8), Lang.NTRIPLES).toGraph();
        Graph actual = RDFParser.fromString(new String(get(fromFolder, "sparql?default", "application/n-triples").body(),
            StandardCharsets.UTF_8), Lang.NTRIPLES).toGraph();
        assertTrue(expected.size() > 1000);
        assertTrue(expected.isIsomorphicWith(actual));
    }

    @Test
    @DisplayName("serves each dump from its file, whole or by byte range")
    void dumpsByRange() {
        String path = "dumps/" + releaseId + "/pyconf-graph.ttl";
        byte[] whole = get(fromFolder, path, "*/*").body();
        HttpResponse<byte[]> part = RunningServer.sendForBytes(HttpRequest.newBuilder(URI.create(fromFolder.local(path)))
            .header("Range", "bytes=100-199").build());
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-199/" + whole.length, part.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(whole, 100, 200), part.body());
        HttpResponse<byte[]> beyond = RunningServer.sendForBytes(HttpRequest.newBuilder(URI.create(fromFolder.local(path)))
            .header("Range", "bytes=" + (whole.length + 10) + "-").build());
        assertEquals(416, beyond.statusCode());
    }

    @Test
    @DisplayName("holds its endpoint to the same limits: a query holding too many solutions gets 422, a function"
        + " not offered 400")
    void sameQueryLimits() {
        String sorted = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "SELECT ?a ?b { ?a rdfs:label ?x . ?b rdfs:label ?y } ORDER BY ?b";
        HttpResponse<byte[]> held = get(fromFolder, "sparql?query=" + encode(sorted), "text/csv");
        assertEquals(422, held.statusCode());
        assertTrue(new String(held.body(), StandardCharsets.UTF_8).contains("this endpoint's limit"));
        String unoffered = "SELECT (<http://jena.apache.org/ARQ/function#not-offered>(1) AS ?x) {}";
        assertEquals(400, get(fromFolder, "sparql?query=" + encode(unoffered), "text/csv").statusCode());
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> get(RunningServer server, String path, String accept) {
        return RunningServer.sendForBytes(HttpRequest.newBuilder(URI.create(server.local(path)))
            .header("Accept", accept).build());
    }
}
