package org.pyconfgraph.publish.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyconfgraph.publish.ServerLimits;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.testing.RunningServer;

/**
 * Runaway queries on a short time limit, over a fixture with enough data to make them run for minutes. The
 * server runs in this JVM, so the tests can see whether its threads really stopped.
 */
@DisplayName("The query time limit stops runaway queries")
class QueryTimeoutTest {
    private static final Duration LIMIT = Duration.ofSeconds(1);
    /**
     * The latest a stopped query may be answered, and its threads be idle. Without the limit these queries run for
     * minutes, so an answer before this shows the limit stopped them, however long a loaded machine keeps the
     * server's threads waiting for a core (on an idle one the answer comes tens of milliseconds after the limit:
     * a speed figure, which {@code bench --load} reports).
     */
    private static final Duration STOPPED_WITHIN = Duration.ofSeconds(15);
    private static final String PREFIXES = "PREFIX pcg: <vocab#>\n";
    private static RunningServer server;

    @BeforeAll
    static void start() {
        // Room for the light query beside a heavy one, whatever the machine's number of cores; and a budget of
        // string characters no query computes within the time limit (an idle machine computed the default's 64M
        // in under a second), so that the limit these tests are about is the one reached.
        ServerLimits limits = ServerLimits.defaults();
        server = RunningServer.start(SparqlRequests.ringFixture(), ServerSettings.defaults().withQueryTimeout(LIMIT)
            .withLimits(limits.withQueries(4, 4, Duration.ofSeconds(2)).withResults(limits.maxResultRows(),
                limits.maxResultTriples(), limits.maxHeldSolutions(), 1 << 25)));
    }

    @AfterAll
    static void stop() { server.close(); }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY DESC(?c) ?f LIMIT 5",
        "SELECT ?c (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?c",
        "SELECT (COUNT(*) AS ?n) { ?x ?y ?z . ?s (pcg:next|!pcg:next)* ?o }",
        "SELECT (COUNT(*) AS ?n) { ?s (pcg:next|!pcg:next)*/(pcg:next|!pcg:next)* ?o }",
        "ASK { ?s (pcg:next|!pcg:next)*/(pcg:next|!pcg:next)*/(pcg:next|!pcg:next)* <urn:nowhere> }",
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c FILTER NOT EXISTS { ?d ?e ?f . ?j ?k ?l FILTER(STR(?l) = CONCAT(STR(?c), STR(?f))) } }",
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f MINUS { ?g ?h ?c . ?j ?k ?l . FILTER(STR(?l) = STR(?f)) } }",
        // A closure per node of a closure: ARQ's own timeout does not stop this one (it ran for minutes).
        "SELECT (COUNT(*) AS ?n) { VALUES ?a { 1 2 3 } ?s ((pcg:next|!pcg:next)*/(pcg:next|!pcg:next)*)* ?o }",
        "CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"})
    @DisplayName("a runaway query gets 503 at the limit, and its evaluation stops and frees the CPU")
    void runawayQueryIsStopped(String query) throws InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = SparqlRequests.postQuery(server, PREFIXES + query, "*/*");
        long elapsed = (System.nanoTime() - started) / 1_000_000;

        assertEquals(503, response.statusCode(), response::body);
        assertTrue(response.body().contains("ran longer than this endpoint's limit of 1 s"), response::body);
        assertTrue(elapsed >= LIMIT.toMillis() * 9 / 10, "ran until the limit: " + elapsed + " ms");
        assertTrue(elapsed < STOPPED_WITHIN.toMillis(), "answered " + elapsed + " ms after the request");
        assertTrue(ServerThreads.awaitIdle(STOPPED_WITHIN.toMillis()), "no server thread is still evaluating the query");
        long cpu = ServerThreads.cpuMillis();
        Thread.sleep(300);
        assertTrue(ServerThreads.cpuMillis() - cpu < 60, "the server's threads are idle once it answered");
    }

    @Test
    @DisplayName("a light query sent while a runaway one runs is answered before the runaway one ends")
    void lightQueryIsAnsweredMeanwhile() throws Exception {
        // A limit far longer than a light query takes on a loaded machine, so "meanwhile" does not depend on the
        // machine's speed; the light query's latency beside runaway ones is a speed figure, which bench --load reports.
        Duration limit = Duration.ofSeconds(5);
        try (RunningServer patient = RunningServer.start(SparqlRequests.ringFixture(), ServerSettings.defaults()
                .withQueryTimeout(limit).withLimits(ServerLimits.defaults().withQueries(4, 4, Duration.ofSeconds(2))))) {
            CompletableFuture<HttpResponse<String>> heavy = CompletableFuture.supplyAsync(() ->
                SparqlRequests.postQuery(patient, SparqlRequests.RUNAWAY, "*/*"));
            assertTrue(ServerThreads.awaitEvaluating(STOPPED_WITHIN.toMillis()), "the heavy query is running");

            HttpResponse<String> light = SparqlRequests.get(patient, SparqlRequests.LIGHT,
                ResultFormats.RESULTS_JSON.mediaType());

            assertEquals(200, light.statusCode(), light::body);
            assertTrue(SparqlRequests.askResult(light));
            assertFalse(heavy.isDone(), "the light query was answered while the heavy one still ran");
            assertEquals(503, heavy.get().statusCode());
            assertTrue(ServerThreads.awaitIdle(STOPPED_WITHIN.toMillis()), "no server thread is still evaluating");
        }
    }

    @Test
    @DisplayName("results still streaming at the limit end in a broken connection, never in a complete-looking 200")
    void streamingResultsAreCutOff() throws InterruptedException {
        long started = System.nanoTime();
        HttpResponse<InputStream> response = RunningServer.sendForStream(SparqlRequests.request(
                server.url(SparqlRequests.ENDPOINT + "?query="
                    + SparqlRequests.encode("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")), "text/csv").GET().build());
        if (response.statusCode() == 503) return; // cut off before the first bytes left: also honest
        assertEquals(200, response.statusCode());
        assertThrows(IOException.class, () -> {
            try (InputStream body = response.body()) {
                body.transferTo(OutputStreamSink.INSTANCE);
            }
        }, "the body ends in an error, not in a clean end of stream");
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        assertTrue(elapsed < STOPPED_WITHIN.toMillis(), "cut off " + elapsed + " ms after the request");
        assertTrue(ServerThreads.awaitIdle(STOPPED_WITHIN.toMillis()), "no server thread is still evaluating the query");
    }

    /** Reads and forgets. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }
}
