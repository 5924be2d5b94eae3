package org.pyconfgraph.publish.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.jena.query.ResultSet;
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
 * Queries that would run past their deadline without reading data, call functions a public endpoint must not
 * offer, or build more than a request's share of memory; on the ring fixture, with small caps. The queries the time
 * limit must stop run on a server with a 1 s limit; the others on one whose limit is far beyond what any of them
 * takes on a loaded machine, so that their answers show the limit under test, not the machine's load.
 */
@DisplayName("Every query stays within its time and its share of memory")
class QueryLimitsTest {
    private static final Duration LIMIT = Duration.ofSeconds(1);
    /**
     * The latest a query stopped at the 1 s limit may be answered, and its threads be idle: without the limit these
     * queries run for far longer, so an answer before this shows the limit stopped them, however long a loaded
     * machine keeps the server's threads waiting for a core.
     */
    private static final Duration STOPPED_WITHIN = Duration.ofSeconds(15);
    /** The time limit of the server for everything else: no query here comes near it unless a limit fails. */
    private static final Duration PATIENT_LIMIT = Duration.ofSeconds(120);
    /** What the waiting functions would wait, were they run: far longer than a refusal takes on any machine. */
    private static final long WAIT_MILLIS = 60_000;
    private static final int MAX_ROWS = 500;
    private static final int MAX_TRIPLES = 300;
    private static final int MAX_HELD = 2000;
    private static final int MAX_STRING = 2_000;
    private static final String AFN = "PREFIX afn: <http://jena.apache.org/ARQ/function#>\n";
    private static final String PREFIXES = "PREFIX pcg: <vocab#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    private static RunningServer server;
    private static RunningServer limited;

    @BeforeAll
    static void start() {
        ServerLimits limits = ServerLimits.defaults().withResults(MAX_ROWS, MAX_TRIPLES, MAX_HELD, MAX_STRING);
        server = RunningServer.start(SparqlRequests.ringFixture(),
            ServerSettings.defaults().withQueryTimeout(PATIENT_LIMIT).withLimits(limits));
        limited = RunningServer.start(SparqlRequests.ringFixture(),
            ServerSettings.defaults().withQueryTimeout(LIMIT).withLimits(limits));
    }

    @AfterAll
    static void stop() {
        server.close();
        limited.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        AFN + "SELECT * { BIND(afn:wait(WAIT) AS ?x) }",
        "SELECT * { BIND(<java:org.apache.jena.sparql.function.library.wait>(WAIT) AS ?x) }",
        "PREFIX fn: <http://www.w3.org/2005/xpath-functions#>\nSELECT * { BIND(fn:apply(<urn:f>, 1) AS ?x) }",
        "PREFIX fn: <http://www.w3.org/2005/xpath-functions#>\nSELECT * { FILTER(fn:matches(\"aaa\", \"(a*)*b\")) }",
        "SELECT * { FILTER EXISTS { BIND(<java:java.lang.Runtime>() AS ?x) } }",
        "SELECT * { { SELECT (<urn:x:unknown>(1) AS ?x) {} } }"})
    @DisplayName("a function the endpoint does not offer is refused with 400 naming it, before anything runs")
    void functionNotOfferedIsRefused(String query) {
        long started = System.nanoTime();
        HttpResponse<String> response = SparqlRequests.postQuery(server, query.replace("WAIT", "" + WAIT_MILLIS), "*/*");
        long elapsed = (System.nanoTime() - started) / 1_000_000;

        assertEquals(400, response.statusCode(), response::body);
        assertTrue(response.body().contains("is not offered by this endpoint"), response::body);
        assertTrue(elapsed < WAIT_MILLIS / 2, "refused without waiting, in " + elapsed + " ms");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "SELECT * { BIND(REPEAT AS ?s) FILTER REGEX(?s, \"(.*a){20}x\") }",
        "SELECT * { BIND(REPEAT AS ?s) BIND(REPLACE(?s, \"(.*a){20}x\", \"y\") AS ?t) }",
        "SELECT * { ?e rdfs:label ?l FILTER NOT EXISTS { BIND(REPEAT AS ?s) FILTER REGEX(?s, \"(.*a){20}x\") } }",
        "SELECT (COUNT(*) AS ?n) { ?a rdfs:label ?x . ?b rdfs:label ?y . ?c rdfs:label ?z }",
        "SELECT (COUNT(*) AS ?n) { { ?a rdfs:label ?x . ?b rdfs:label ?y } OPTIONAL { ?c rdfs:label ?z . ?d pcg:next ?e } }"})
    @DisplayName("a backtracking regular expression, even in a query that reads no data, or a long count is cut at the deadline")
    void cpuBoundQueryIsCut(String query) throws InterruptedException {
        String text = query.replace("REPEAT", "\"" + "a".repeat(70) + "\"");
        long started = System.nanoTime();
        HttpResponse<String> response = SparqlRequests.postQuery(limited, PREFIXES + text, "*/*");
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // A string doubled 27 times: 2^27 characters if nothing stops it.
        "SELECT (STRLEN(?s27) AS ?n) { BIND(\"ab\" AS ?s0) BIND(CONCAT(?s0,?s0) AS ?s1) BIND(CONCAT(?s1,?s1) AS ?s2)"
            + " BIND(CONCAT(?s2,?s2) AS ?s3) BIND(CONCAT(?s3,?s3) AS ?s4) BIND(CONCAT(?s4,?s4) AS ?s5)"
            + " BIND(CONCAT(?s5,?s5) AS ?s6) BIND(CONCAT(?s6,?s6) AS ?s7) BIND(CONCAT(?s7,?s7) AS ?s8)"
            + " BIND(CONCAT(?s8,?s8) AS ?s9) BIND(CONCAT(?s9,?s9) AS ?s10) BIND(CONCAT(?s10,?s10) AS ?s11)"
            + " BIND(CONCAT(?s11,?s11) AS ?s12) BIND(CONCAT(?s12,?s12) AS ?s13) BIND(CONCAT(?s13,?s13) AS ?s27) }",
        "SELECT ?t { BIND(REPLACE(REPEAT, \"x\", REPEAT) AS ?t) }",
        "ASK { ?e rdfs:label ?l . ?f rdfs:label ?m BIND(CONCAT(?l, STRUUID(), ?m) AS ?t) FILTER(?t = \"\") }",
        "SELECT ?n { BIND(99999999999 AS ?a) BIND(?a*?a AS ?b) BIND(?b*?b AS ?c) BIND(?c*?c AS ?d) BIND(?d*?d AS ?e)"
            + " BIND(?e*?e AS ?f) BIND(?f*?f AS ?g) BIND(?g*?g AS ?h) BIND(?h*?h AS ?i) BIND(?i*?i AS ?j)"
            + " BIND(?j*?j AS ?k) BIND(?k*?k AS ?l) BIND(?l*?l AS ?m) BIND(?m*?m AS ?n) }",
        "SELECT ?a ?b { ?a rdfs:label ?x . ?b rdfs:label ?y } ORDER BY ?b",
        "SELECT ?a ?b (COUNT(*) AS ?n) { ?a rdfs:label ?x . ?b rdfs:label ?y } GROUP BY ?a ?b",
        "SELECT ?a ?b { ?a rdfs:label ?x . ?b rdfs:label ?y } ORDER BY ?b LIMIT 100000",
        "CONSTRUCT { ?a ?b ?i } WHERE { ?a ?b ?c . ?g ?h ?i }",
        // Cut at the limit as its description is built, not after: the same 422 whatever the size of the data.
        "DESCRIBE ?s WHERE { ?s ?p ?o }",
        "DESCRIBE ?a ?b WHERE { ?a pcg:next ?b }",
        // No triple at all (a new blank node describes nothing), but 160,000 nodes to gather: over the held
        // solutions, however few triples they would describe.
        "DESCRIBE ?x WHERE { ?a rdfs:label ?l . ?b rdfs:label ?m BIND(BNODE() AS ?x) }",
        // 400 labels in one string: over one string's limit; 400 groups of two labels joined by a long separator
        // (1,9xx characters each): over the query's budget of 64 such strings.
        "SELECT (GROUP_CONCAT(?l) AS ?all) { ?a rdfs:label ?l }",
        "SELECT (SUM(STRLEN(?all)) AS ?n) { SELECT ?a (GROUP_CONCAT(DISTINCT ?l; separator=\"SEPARATOR\") AS ?all)"
            + " { { ?a rdfs:label ?l } UNION { ?a pcg:next/rdfs:label ?l } } GROUP BY ?a }",
        "SELECT (COUNT(*) AS ?n) { VALUES ?a { 1 2 3 4 5 6 7 8 9 10 } VALUES ?b { 1 2 3 4 5 6 7 8 9 10 }"
            + " VALUES ?c { 1 2 3 4 5 6 7 8 9 10 } VALUES ?d { 1 2 3 4 5 6 7 8 9 10 }"
            + " VALUES ?e { 1 2 3 4 5 6 7 8 9 10 } VALUES ?f { 1 2 3 4 5 6 7 8 9 10 } }"})
    @DisplayName("a query that would hold more than its share of memory gets 422 naming the limit, not the time limit")
    void memoryHungryQueryIsRefused(String query) {
        String text = query.replace("REPEAT", "\"" + "x".repeat(200) + "\"").replace("SEPARATOR", "-".repeat(1900));
        long started = System.nanoTime();
        HttpResponse<String> response = SparqlRequests.postQuery(server, PREFIXES + text, "text/csv, text/turtle");
        long elapsed = (System.nanoTime() - started) / 1_000_000;

        assertEquals(422, response.statusCode(), response::body);
        assertTrue(response.body().contains("this endpoint's limit"), response::body);
        assertTrue(elapsed < PATIENT_LIMIT.toMillis(), "refused before the time limit, in " + elapsed + " ms");
    }

    @Test
    @DisplayName("a DESCRIBE within the triple limit answers 200 with the whole description")
    void describeWithinTheLimit() {
        HttpResponse<String> response = SparqlRequests.postQuery(server, PREFIXES
            + "DESCRIBE ?a WHERE { ?a rdfs:label \"Event 1\"@en }", "application/n-triples");

        HttpResponse<String> everything = SparqlRequests.postQuery(server, PREFIXES
            + "CONSTRUCT { ?a ?p ?o } WHERE { ?a rdfs:label \"Event 1\"@en ; ?p ?o }", "application/n-triples");

        assertEquals(200, response.statusCode(), response::body);
        assertEquals(200, everything.statusCode(), everything::body);
        assertTrue(SparqlRequests.graph(everything).size() >= 3, everything::body);
        assertTrue(SparqlRequests.graph(response).isIsomorphicWith(SparqlRequests.graph(everything)), response::body);
    }

    @Test
    @DisplayName("memory-hungry queries get 422 and the server's heap returns to its level")
    void heapReturnsToItsLevel() {
        List<String> hungry = List.of(
            "CONSTRUCT { ?a ?b ?i } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            "SELECT ?a ?b ?c { ?a ?x ?b . ?c ?y ?d . ?e ?z ?f } ORDER BY ?f ?d",
            "SELECT ?a ?b (COUNT(*) AS ?n) { ?a ?x ?b . ?c ?y ?d } GROUP BY ?a ?b ?c",
            "ASK { ?e rdfs:label ?l . ?f rdfs:label ?m BIND(CONCAT(?l, STRUUID(), ?m) AS ?t) FILTER(?t = \"\") }");
        long before = usedHeapAfterGc();
        for (int round = 0; round < 3; round++)
            for (String query : hungry) {
                HttpResponse<String> response = SparqlRequests.postQuery(server, PREFIXES + query, "text/csv, text/turtle");
                assertEquals(422, response.statusCode(), response::body);
            }
        long after = usedHeapAfterGc();
        assertTrue(after - before < 32L << 20,
            "heap before " + (before >> 20) + " MiB, after " + (after >> 20) + " MiB");
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SELECT * { ?a ?b ?c }", "SELECT DISTINCT ?a ?b { ?a rdfs:label ?x . ?b rdfs:label ?y }"})
    @DisplayName("a streamed result that outgrows its limit ends in 422 or a broken connection, never a complete 200")
    void streamedResultOverLimitIsCut(String query) {
        HttpRequest request = SparqlRequests.request(server.url(SparqlRequests.ENDPOINT), "text/csv")
            .header("Content-Type", "application/sparql-query")
            .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + query)).build();
        try {
            HttpResponse<String> response = RunningServer.client().send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(422, response.statusCode(), response::body);
            assertTrue(response.body().contains("this endpoint's limit"), response::body);
        } catch (IOException broken) {
            // The rows already sent were not followed by the end of the response: no client takes them as complete.
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("the offered functions, REGEX and REPLACE answer as in SPARQL 1.1")
    void offeredFunctionsWork() {
        HttpResponse<String> response = SparqlRequests.postQuery(server, PREFIXES
            + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
            + "PREFIX fn: <http://www.w3.org/2005/xpath-functions#>\n" + AFN
            + "SELECT ?n ?name ?upper ?local { ?e rdfs:label ?l FILTER(REGEX(?l, \"^event 4[0-9]$\", \"i\"))"
            + " BIND(xsd:integer(REPLACE(?l, \"^Event (\\\\d+)$\", \"$1\")) AS ?n)"
            + " BIND(fn:upper-case(?l) AS ?upper) BIND(CONCAT(?l, \"!\") AS ?name) BIND(afn:localname(?e) AS ?local) }"
            + " ORDER BY ?n", "application/sparql-results+json");

        assertEquals(200, response.statusCode(), response::body);
        ResultSet results = SparqlRequests.results(response);
        int rows = 0;
        while (results.hasNext()) {
            var row = results.next();
            assertEquals(40 + rows, row.getLiteral("n").getInt());
            assertEquals("Event " + (40 + rows) + "!", row.getLiteral("name").getString());
            assertEquals("EVENT " + (40 + rows), row.getLiteral("upper").getString());
            assertEquals("e" + (40 + rows), row.getLiteral("local").getString());
            rows++;
        }
        assertEquals(10, rows);
    }

    @Test
    @DisplayName("a property function the endpoint does not offer is an ordinary predicate, matching nothing")
    void propertyFunctionNotOfferedMatchesNothing() {
        HttpResponse<String> response = SparqlRequests.postQuery(server,
            "PREFIX apf: <http://jena.apache.org/ARQ/property#>\n"
                + "SELECT * { ?x apf:strSplit (\"a b c\" \" \") }", "text/csv");

        assertEquals(200, response.statusCode(), response::body);
        assertEquals(1, response.body().strip().lines().count(), "only the header: " + response.body());
    }
}
