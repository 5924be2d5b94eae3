package org.pyconfgraph.publish.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.QueryEngineTDB;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyconfgraph.publish.ServerLimits;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.release.ReleaseFolder;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("The endpoint on a TDB2 release runs TDB2's own query engine, within the time limit")
class Tdb2QueryEngineTest {
    private static final Duration LIMIT = Duration.ofSeconds(1);
    private static final long MARGIN_MILLIS = 1000;
    private static final String PREFIXES = "PREFIX pcg: <vocab#>\n";
    private static final ServerSettings SETTINGS = ServerSettings.defaults().withPublicBase("https://ring.example.org/")
        .withQueryTimeout(LIMIT)
        .withLimits(ServerLimits.defaults().withQueries(4, 4, Duration.ofSeconds(2)));

    @TempDir static Path temp;
    private static RunningServer onTdb2;
    private static RunningServer inMemory;
    private static final RecordingTdb2Factory TDB2_ENGINE = new RecordingTdb2Factory();

    @BeforeAll
    static void start() {
        Path folder = temp.resolve("release");
        ReleaseFolder.build(SparqlRequests.ringFixture(), SETTINGS.iriSpace(), folder);
        onTdb2 = RunningServer.startRelease(folder, SETTINGS);
        inMemory = RunningServer.start(SparqlRequests.ringFixture(), SETTINGS);
        QueryEngineRegistry.addFactory(TDB2_ENGINE);
    }

    @AfterAll
    static void stop() {
        QueryEngineRegistry.removeFactory(TDB2_ENGINE);
        onTdb2.close();
        inMemory.close();
    }

    @Test
    @DisplayName("a query on the TDB2 release is planned by TDB2's engine; one on the in-memory store is not")
    void tdb2EngineRuns() {
        String query = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
        int before = TDB2_ENGINE.plans.get();
        HttpResponse<String> fromTdb2 = get(onTdb2, query);
        assertEquals(200, fromTdb2.statusCode(), fromTdb2::body);
        assertEquals(before + 1, TDB2_ENGINE.plans.get(), "TDB2's engine planned the query");

        HttpResponse<String> fromMemory = get(inMemory, query);
        assertEquals(fromMemory.body(), fromTdb2.body(), "the union default graph is the same on both");
        assertEquals(before + 1, TDB2_ENGINE.plans.get(), "the in-memory store's query went to ARQ's general engine");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "SELECT ?c (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?c",
        "SELECT (COUNT(*) AS ?n) { ?x ?y ?z . ?s (pcg:next|!pcg:next)* ?o }",
        "ASK { ?s (pcg:next|!pcg:next)*/(pcg:next|!pcg:next)*/(pcg:next|!pcg:next)* <urn:nowhere> }",
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c FILTER NOT EXISTS { ?d ?e ?f . ?j ?k ?l FILTER(STRLEN(STR(?l)) = STRLEN(STR(?c)) + STRLEN(STR(?f))) } }",
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f MINUS { ?g ?h ?c . ?j ?k ?l . FILTER(STR(?l) = STR(?f)) } }",
        "SELECT (COUNT(*) AS ?n) { VALUES ?a { 1 2 3 } ?s ((pcg:next|!pcg:next)*/(pcg:next|!pcg:next)*)* ?o }"})
    @DisplayName("a runaway query on TDB2's engine gets 503 at the limit, and its evaluation stops")
    void runawayQueryIsStopped(String query) throws InterruptedException {
        int before = TDB2_ENGINE.plans.get();
        long started = System.nanoTime();
        HttpResponse<String> response = RunningServer.send(SparqlRequests.request(onTdb2.local("sparql"), "*/*")
            .header("Content-Type", "application/sparql-query")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(PREFIXES + query)).build());
        long elapsed = (System.nanoTime() - started) / 1_000_000;

        assertEquals(503, response.statusCode(), response::body);
        assertTrue(TDB2_ENGINE.plans.get() > before, "TDB2's engine ran it");
        assertTrue(elapsed >= LIMIT.toMillis() * 9 / 10, "ran until the limit: " + elapsed + " ms");
        assertTrue(elapsed < LIMIT.toMillis() + MARGIN_MILLIS, "answered " + elapsed + " ms after the request");
        assertTrue(ServerThreads.awaitIdle(500), "no server thread is still evaluating the query");
    }

    /** On the server's own address, whatever base its release was built for. */
    private static HttpResponse<String> get(RunningServer server, String query) {
        return RunningServer.send(SparqlRequests.request(server.local("sparql?query=" + SparqlRequests.encode(query)),
            "text/csv").GET().build());
    }

    /** TDB2's own engine factory, counting the plans it makes; consulted first, as the latest registered. */
    private static final class RecordingTdb2Factory implements QueryEngineFactory {
        private final QueryEngineFactory tdb2 = QueryEngineTDB.getFactory();
        final AtomicInteger plans = new AtomicInteger();

        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return tdb2.accept(query, dataset, context);
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding inputBinding, Context context) {
            plans.incrementAndGet();
            return tdb2.create(query, dataset, inputBinding, context);
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) { return tdb2.accept(op, dataset, context); }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding inputBinding, Context context) {
            return tdb2.create(op, dataset, inputBinding, context);
        }
    }
}
