package org.pyconfgraph.publish.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("Bad requests get a 4xx with a message, never a stack trace")
class ErrorResponsesTest {
    private static final String MALFORMED = "SELECT * WHERE {\n  ?s ?p \n}";
    private static final String JSON = ResultFormats.RESULTS_JSON.mediaType();
    private static final RunningServer server = RunningServer.shared();

    @Test
    @DisplayName("a malformed query is 400 with the parser's message, line and column, whatever the transport")
    void malformedQuery() {
        for (HttpResponse<String> response : new HttpResponse[] {
            SparqlRequests.get(server, MALFORMED, JSON),
            SparqlRequests.postForm(server, MALFORMED, JSON),
            SparqlRequests.postQuery(server, MALFORMED, JSON)}) {
            assertClientError(400, response);
            assertTrue(response.body().contains("line 3, column 1"), response.body());
            assertTrue(response.body().contains("Encountered"), "the parser's own words: " + response.body());
        }
    }

    @ParameterizedTest(name = "{0}{1}…{2}{3}…{4}")
    @CsvSource(delimiter = '|', value = {
        "SELECT * { FILTER(|(|1|)|) }",
        "ASK { |{|?s ?p ?o|}| }",
        "SELECT * { BIND(|-(|1|)| AS ?x) }",
        "ASK { ?s ?p |[ ?p |?o| ]| }",
        "SELECT * { FILTER(|1 + (|1|)|) }",
        "ASK { |FILTER EXISTS { | |}| }"})
    @DisplayName("a deeply nested query (a few KB) is 400 with a message, at once, whatever its shape")
    void deeplyNestedQuery(String before, String open, String middle, String close, String after) {
        String query = before + open.repeat(3000) + middle + close.repeat(3000) + after;
        long started = System.nanoTime();
        HttpResponse<String> response = SparqlRequests.postQuery(server, query, JSON);
        long elapsed = (System.nanoTime() - started) / 1_000_000;

        assertClientError(400, response);
        assertTrue(response.body().contains("nested"), response.body());
        assertTrue(elapsed < 2000, "answered in " + elapsed + " ms");
    }

    @Test
    @DisplayName("a query nested as deep as people write them is answered")
    void moderatelyNestedQuery() {
        String query = "SELECT * { FILTER(" + "(".repeat(40) + "1" + ")".repeat(40) + ") }";
        HttpResponse<String> response = SparqlRequests.postQuery(server, query, JSON);
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    @DisplayName("an empty query is 400, by GET, form or query body")
    void emptyQuery() {
        assertClientError(400, server.get("sparql?query=", "Accept", JSON));
        assertClientError(400, SparqlRequests.postForm(server, "", JSON));
        assertClientError(400, SparqlRequests.postQuery(server, "", JSON));
        assertClientError(400, SparqlRequests.postQuery(server, "  \n ", JSON));
    }

    @Test
    @DisplayName("a form without a query is 400")
    void formWithoutQuery() {
        assertClientError(400, RunningServer.send(SparqlRequests.request(server.url("sparql"), JSON)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString("default-graph-uri=x")).build()));
    }

    @Test
    @DisplayName("a query body in a content type that is not a query is 415")
    void unsupportedContentType() {
        assertClientError(415, RunningServer.send(SparqlRequests.request(
                server.url("sparql?query=" + SparqlRequests.encode("ASK {}")), JSON)
            .header("Content-Type", "text/plain").POST(BodyPublishers.ofString("ASK {}")).build()));
    }

    @Test
    @DisplayName("results in a format the endpoint does not offer are 406")
    void unsupportedAccept() {
        assertClientError(406, SparqlRequests.get(server, "SELECT * { ?s ?p ?o } LIMIT 1", "image/png"));
        assertClientError(406, SparqlRequests.get(server, "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", "image/png"));
    }

    @Test
    @DisplayName("a query longer than the limit is 413, by GET, form or query body")
    void overlongQuery() {
        String query = "ASK {}\n#" + "x".repeat(SparqlQueryService.MAX_QUERY_LENGTH);
        assertClientError(413, SparqlRequests.get(server, query, JSON));
        assertClientError(413, SparqlRequests.postForm(server, query, JSON));
        assertClientError(413, SparqlRequests.postQuery(server, query, JSON));
    }

    @Test
    @DisplayName("a request line longer than the server takes is a 4xx without a stack trace")
    void overlongRequestLine() {
        HttpResponse<String> response = RunningServer.send(HttpRequest.newBuilder(URI.create(
                server.url("sparql?query=" + "x".repeat(1024 * 1024))))
            .timeout(Duration.ofSeconds(10)).GET().build());
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, "status " + response.statusCode());
        assertNoStackTrace(response);
    }

    private static void assertClientError(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response::body);
        assertFalse(response.body().isBlank(), "a message says what is wrong");
        assertNoStackTrace(response);
    }

    private static void assertNoStackTrace(HttpResponse<String> response) {
        assertFalse(response.body().contains("at org."), response::body);
        assertFalse(response.body().contains("Exception"), response::body);
    }
}
