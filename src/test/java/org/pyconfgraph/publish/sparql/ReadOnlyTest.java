package org.pyconfgraph.publish.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("The endpoint is read-only at every URL")
class ReadOnlyTest {
    private static final String TRIPLE = "<urn:test:s> <urn:test:p> \"written\" .";
    private static final String UPDATE = "INSERT DATA { " + TRIPLE + " }";
    private static RunningServer server;
    private static Set<Quad> before;

    @BeforeAll
    static void start() {
        server = RunningServer.shared();
        before = content();
    }

    /** A write attempt: method, path below the base, content type and body, and the status it must get. */
    static Stream<Arguments> writeAttempts() {
        String form = "application/x-www-form-urlencoded";
        String facts = "graph=" + SparqlRequests.encode(server.context().iris().graph("facts"));
        return Stream.of(
            Arguments.of("POST", "sparql", form, "update=" + SparqlRequests.encode(UPDATE), 403),
            Arguments.of("POST", "sparql", "application/sparql-update", UPDATE, 403),
            Arguments.of("GET", "sparql?update=" + SparqlRequests.encode(UPDATE), null, null, 403),
            Arguments.of("POST", "sparql", "text/turtle", TRIPLE, 403),
            Arguments.of("POST", "sparql", "multipart/form-data; boundary=x",
                "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.nt\"\r\nContent-Type: application/n-triples\r\n\r\n"
                    + TRIPLE + "\r\n--x--\r\n", 403),
            Arguments.of("PUT", "sparql", "text/turtle", TRIPLE, 405),
            Arguments.of("DELETE", "sparql", null, null, 405),
            Arguments.of("PATCH", "sparql", "application/rdf-patch", "A " + TRIPLE, 405),
            Arguments.of("PUT", "sparql?default", "text/turtle", TRIPLE, 405),
            Arguments.of("POST", "sparql?default", "text/turtle", TRIPLE, 405),
            Arguments.of("PUT", "sparql?" + facts, "text/turtle", TRIPLE, 405),
            Arguments.of("POST", "sparql?" + facts, "text/turtle", TRIPLE, 405),
            Arguments.of("DELETE", "sparql?" + facts, null, null, 405),
            Arguments.of("DELETE", "sparql?default", null, null, 405),
            Arguments.of("PATCH", "sparql?default", "application/rdf-patch", "A " + TRIPLE, 405),
            // Fuseki's conventional service names are not registered: nothing answers there.
            Arguments.of("POST", "sparql/update", "application/sparql-update", UPDATE, 404),
            Arguments.of("POST", "sparql/update", form, "update=" + SparqlRequests.encode(UPDATE), 404),
            Arguments.of("POST", "sparql/sparql", "application/sparql-update", UPDATE, 404),
            Arguments.of("POST", "sparql/query", "application/sparql-update", UPDATE, 404),
            Arguments.of("PUT", "sparql/data?default", "text/turtle", TRIPLE, 404),
            Arguments.of("POST", "sparql/data?" + facts, "text/turtle", TRIPLE, 404),
            Arguments.of("DELETE", "sparql/data?" + facts, null, null, 404),
            Arguments.of("PATCH", "sparql/patch", "application/rdf-patch", "A " + TRIPLE, 404),
            Arguments.of("POST", "sparql/upload", "text/turtle", TRIPLE, 404),
            Arguments.of("PUT", "sparql/get?default", "text/turtle", TRIPLE, 404),
            Arguments.of("GET", "sparql/get?default", null, null, 404),
            Arguments.of("GET", "sparql/query?query=" + SparqlRequests.encode("ASK {}"), null, null, 404));
    }

    @ParameterizedTest(name = "{0} /{1} ({2}) is {4}")
    @MethodSource("writeAttempts")
    @DisplayName("every write is refused with a client error, and the data is unchanged afterwards")
    void writeIsRefused(String method, String path, String contentType, String body, int status) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(10))
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (contentType != null) request.header("Content-Type", contentType);
        HttpResponse<String> response = RunningServer.send(request.build());

        assertEquals(status, response.statusCode(), response::body);
        if (status == 405) assertTrue(response.headers().firstValue("Allow").isPresent(), "405 names what is allowed");
        if (status != 404) assertTrue(response.body().contains("read-only"), response::body);
        assertEquals(before, content(), "the store is unchanged");
        HttpResponse<String> ask = SparqlRequests.get(server, "ASK { " + TRIPLE + " }", "application/sparql-results+json");
        assertFalse(SparqlRequests.askResult(ask), "the endpoint does not see the triple");
    }

    private static Set<Quad> content() {
        DatasetGraph store = server.context().store().localDataset().orElseThrow();
        return Txn.calculateRead(store, () -> {
            Set<Quad> quads = new HashSet<>();
            store.find().forEachRemaining(quads::add);
            return quads;
        });
    }
}
