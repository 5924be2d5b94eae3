package org.pyconfgraph.publish.dumps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.testing.Http.header;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyconfgraph.publish.http.ReleaseValidators;
import org.pyconfgraph.release.ChecksumsFile;
import org.pyconfgraph.release.DumpExporter;
import org.pyconfgraph.release.Release;
import org.pyconfgraph.testing.Http;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("Release files at /dumps/{releaseId}/{file}")
class DumpDownloadsTest {
    private static final Map<String, String> CONTENT_TYPES = Map.of(
        "pyconf-graph.ttl", "text/turtle;charset=utf-8",
        "pyconf-graph.jsonld", "application/ld+json",
        "pyconf-graph.nt.gz", "application/gzip",
        "pyconf-graph.nq.gz", "application/gzip",
        "pyconf-graph.trig", "application/trig",
        ChecksumsFile.NAME, "text/plain;charset=utf-8");

    private static RunningServer server;
    private static Release release;

    @BeforeAll
    static void start() {
        server = RunningServer.shared();
        release = server.context().release();
    }

    static Stream<String> files() { return CONTENT_TYPES.keySet().stream().sorted(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    @DisplayName("are the bytes export writes, with their media type and length")
    void theExportedBytes(String file, @TempDir Path folder) throws Exception {
        new DumpExporter().export(release.dumps(), folder);
        HttpResponse<byte[]> response = Http.get(url(file));
        assertEquals(200, response.statusCode());
        assertArrayEquals(Files.readAllBytes(folder.resolve(file)), response.body());
        assertEquals(CONTENT_TYPES.get(file), header(response, "Content-Type"));
        assertEquals(String.valueOf(response.body().length), header(response, "Content-Length"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    @DisplayName("may be cached for a year, with validators, licence and description linked")
    void immutableWithLinks(String file) {
        HttpResponse<byte[]> response = Http.get(url(file));
        assertEquals("public, max-age=31536000, immutable", header(response, "Cache-Control"));
        assertTrue(header(response, "ETag").matches("\"[^\"]+\""), header(response, "ETag"));
        assertEquals(ReleaseValidators.lastModified(release),
            ZonedDateTime.parse(header(response, "Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        String links = header(response, "Link");
        assertTrue(links.contains("<https://creativecommons.org/publicdomain/zero/1.0/>; rel=\"license\""), links);
        assertTrue(links.contains("<" + server.context().iris().dataset() + ">; rel=\"describedby\""), links);
    }

    @Test
    @DisplayName("answer a conditional GET with 304 and no body, by ETag or by date")
    void conditionalGet() {
        HttpResponse<byte[]> first = Http.get(url("pyconf-graph.ttl"));
        HttpResponse<byte[]> byTag = Http.get(url("pyconf-graph.ttl"), "If-None-Match", header(first, "ETag"));
        assertEquals(304, byTag.statusCode());
        assertEquals(0, byTag.body().length);
        assertEquals(header(first, "ETag"), header(byTag, "ETag"));
        HttpResponse<byte[]> byDate = Http.get(url("pyconf-graph.ttl"), "If-Modified-Since",
            header(first, "Last-Modified"));
        assertEquals(304, byDate.statusCode());
        HttpResponse<byte[]> otherTag = Http.get(url("pyconf-graph.ttl"), "If-None-Match", "\"another\"");
        assertEquals(200, otherTag.statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pyconf-graph.ttl", "pyconf-graph.nq.gz", ChecksumsFile.NAME})
    @DisplayName("answer HEAD with the headers of GET and no body")
    void head(String file) {
        HttpResponse<byte[]> get = Http.get(url(file));
        HttpResponse<byte[]> head = Http.head(url(file));
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        Map<String, List<String>> expected = new HashMap<>(get.headers().map());
        Map<String, List<String>> actual = new HashMap<>(head.headers().map());
        expected.remove("date");
        actual.remove("date");
        assertEquals(expected, actual);
    }

    @Test
    @DisplayName("serve the gzip dumps as gzip files, never with a content coding, whatever the client accepts")
    void gzipDumpsAreFiles() {
        for (String file : List.of("pyconf-graph.nt.gz", "pyconf-graph.nq.gz")) {
            HttpResponse<byte[]> response = Http.get(url(file), "Accept-Encoding", "gzip");
            assertEquals("application/gzip", header(response, "Content-Type"));
            assertNull(header(response, "Content-Encoding"), file);
            assertArrayEquals(release.dump(file).orElseThrow().bytes(), response.body(), file);
            Lang lang = file.startsWith("pyconf-graph.nt") ? Lang.NTRIPLES : Lang.NQUADS;
            RDFParser.fromString(new String(Http.gunzip(response.body()), StandardCharsets.UTF_8), lang).toDatasetGraph();
        }
    }

    @Test
    @DisplayName("are listed in SHA256SUMS with the checksums of the bytes served")
    void checksumsAreTrue() {
        String sums = new String(Http.get(url(ChecksumsFile.NAME)).body(), StandardCharsets.UTF_8);
        List<String> lines = sums.lines().toList();
        assertEquals(release.dumps().size(), lines.size(), sums);
        for (String line : lines) {
            String[] parts = line.split("  ", 2);
            assertTrue(parts[0].matches("[0-9a-f]{64}"), line);
            HttpResponse<byte[]> file = Http.get(url(parts[1]));
            assertEquals(200, file.statusCode(), line);
            assertEquals(parts[0], Http.sha256(file.body()), line);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    @DisplayName("are reached from /dumps/latest/{file} by a short-lived 302 to the current release")
    void latestRedirects(String file) {
        HttpResponse<byte[]> response = Http.get(server.url("dumps/latest/" + file));
        assertEquals(302, response.statusCode());
        assertEquals(url(file), header(response, "Location"));
        String cacheControl = header(response, "Cache-Control");
        assertTrue(cacheControl.equals("no-cache") || cacheControl.matches("public, max-age=\\d{1,3}"), cacheControl);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dumps/000000000000/pyconf-graph.ttl", "dumps/RELEASE/pyconf-graph.rdf",
        "dumps/RELEASE/", "dumps/RELEASE", "dumps/latest/", "dumps/latest/pyconf-graph.xml",
        "dumps/RELEASE/pyconf-graph.ttl/more", "dumps/RELEASE/../RELEASE/SHA256SUMS.txt"})
    @DisplayName("are 404 for another release or a file no release has")
    void unknown(String path) {
        assertEquals(404, Http.get(server.url(path.replace("RELEASE", release.id()))).statusCode());
    }

    @Test
    @DisplayName("are listed at /dumps/, to which /dumps redirects")
    void folderRedirects() {
        HttpResponse<byte[]> response = Http.get(server.url("dumps"));
        assertEquals(301, response.statusCode());
        assertEquals(server.url("dumps/"), header(response, "Location"));
    }

    private static String url(String file) { return server.url("dumps/" + release.id() + "/" + file); }
}
