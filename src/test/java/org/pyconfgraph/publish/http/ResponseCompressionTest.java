package org.pyconfgraph.publish.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.testing.Http.header;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyconfgraph.testing.Http;
import org.pyconfgraph.testing.RunningServer;

/** That the gzip dumps are served as they are, whatever the client accepts: DumpDownloadsTest. */
@DisplayName("Response compression")
class ResponseCompressionTest {
    private static final String ALL_TRIPLES = "SELECT ?s ?p ?o { ?s ?p ?o } ORDER BY ?s ?p ?o";
    private static final String RESULTS_JSON = "application/sparql-results+json";
    private static final RunningServer server = RunningServer.shared();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sparql", "dumps/", "dumps/RELEASE/pyconf-graph.ttl", "dumps/RELEASE/pyconf-graph.jsonld"})
    @DisplayName("gzips a large body when asked: the same bytes once decompressed, and Vary: Accept-Encoding")
    void documents(String path) {
        String url = server.url(path.replace("RELEASE", server.context().release().id()));
        assertCompressible(headers -> Http.get(url, headers));
    }

    @Test
    @DisplayName("gzips SPARQL results asked for by GET")
    void queryByGet() {
        String url = server.url("sparql?query=" + URLEncoder.encode(ALL_TRIPLES, StandardCharsets.UTF_8));
        assertCompressible(headers -> Http.get(url, headers));
    }

    @Test
    @DisplayName("gzips SPARQL results asked for by POST")
    void queryByPost() {
        assertCompressible(headers -> Http.post(server.url("sparql"), ALL_TRIPLES,
            append(headers, "Content-Type", "application/sparql-query")));
    }

    @Test
    @DisplayName("leaves a body of known length under the minimum as it is")
    void smallBodies() {
        HttpResponse<byte[]> response = Http.get(server.url("dumps/latest/SHA256SUMS"));
        HttpResponse<byte[]> sums = Http.get(header(response, "Location"), "Accept-Encoding", "gzip");
        assertEquals(200, sums.statusCode());
        assertTrue(sums.body().length < ResponseCompression.MIN_SIZE);
        assertEquals(String.valueOf(sums.body().length), header(sums, "Content-Length"));
        assertNull(header(sums, "Content-Encoding"));
    }

    @Test
    @DisplayName("keeps conditional requests working: the gzip variant's own ETag revalidates with 304")
    void conditionalRequests() {
        String url = server.url("dumps/" + server.context().release().id() + "/pyconf-graph.ttl");
        HttpResponse<byte[]> gzipped = Http.get(url, "Accept-Encoding", "gzip");
        String etag = header(gzipped, "ETag");
        assertTrue(etag.endsWith("--gzip\""), etag);
        HttpResponse<byte[]> again = Http.get(url, "Accept-Encoding", "gzip", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(etag, header(again, "ETag"));
        assertEquals(0, again.body().length);
        HttpResponse<byte[]> identity = Http.get(url, "If-None-Match", header(Http.get(url), "ETag"));
        assertEquals(304, identity.statusCode());
    }

    @Test
    @DisplayName("answers HEAD with the identity representation's headers, even to a client accepting gzip")
    void head() {
        String url = server.url("dumps/");
        HttpResponse<byte[]> head = Http.head(url, "Accept-Encoding", "gzip");
        assertEquals(200, head.statusCode());
        assertNull(header(head, "Content-Encoding"));
        assertEquals(String.valueOf(Http.get(url).body().length), header(head, "Content-Length"));
        assertTrue(varies(head));
    }

    /** A request without Accept-Encoding gets the identity body; with it, the same body gzipped. */
    private static void assertCompressible(Function<String[], HttpResponse<byte[]>> request) {
        HttpResponse<byte[]> identity = request.apply(new String[] {"Accept", "text/turtle, " + RESULTS_JSON});
        assertEquals(200, identity.statusCode());
        assertNull(header(identity, "Content-Encoding"));
        assertTrue(identity.body().length >= ResponseCompression.MIN_SIZE, "large enough to compress");
        assertTrue(varies(identity), "says it varies even when not compressed");

        HttpResponse<byte[]> gzipped = request.apply(new String[] {"Accept", "text/turtle, " + RESULTS_JSON,
            "Accept-Encoding", "gzip"});
        assertEquals(200, gzipped.statusCode());
        assertEquals("gzip", header(gzipped, "Content-Encoding"));
        assertTrue(varies(gzipped));
        assertEquals(header(identity, "Content-Type"), header(gzipped, "Content-Type"));
        assertArrayEquals(identity.body(), Http.gunzip(gzipped.body()));
        assertTrue(gzipped.body().length < identity.body().length / 2,
            gzipped.body().length + " bytes gzipped of " + identity.body().length);
    }

    private static String[] append(String[] headers, String... more) {
        String[] all = Arrays.copyOf(headers, headers.length + more.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }

    private static boolean varies(HttpResponse<?> response) {
        return response.headers().allValues("Vary").stream()
            .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("accept-encoding"));
    }
}
