package org.pyconfgraph.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.publish.ServerLimits;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.testing.RawHttp;
import org.pyconfgraph.testing.RunningServer;

/**
 * A server with room for 2 queries and 2 waiting, a 5 s time limit, 1 s idle timeout and 200 B/s minimum rate, under heavy
 * queries and slow clients, all on loopback and bounded in count and time.
 */
@DisplayName("Admission control and slow clients")
class AdmissionControlTest {
    private static final String HEAVY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String PROBE = "id/event/e1";
    private static final Duration QUERY_LIMIT = Duration.ofSeconds(5);
    private static RunningServer server;

    @BeforeAll
    static void start() {
        ServerLimits limits = ServerLimits.defaults()
            .withQueries(2, 2, Duration.ofSeconds(1))
            .withRequests(4, 8)
            .withConnections(Duration.ofSeconds(1), 200);
        server = RunningServer.start(SourceTree.directory(Path.of("src/test/resources/fixtures/ring")),
            ServerSettings.defaults().withQueryTimeout(QUERY_LIMIT).withLimits(limits));
    }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    @DisplayName("32 heavy queries at once: 2 run, 2 wait, the rest get 503 with Retry-After, and pages keep answering")
    void heavyQueriesDoNotStarvePages() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> heavy = new ArrayList<>();
        for (int i = 0; i < 32; i++)
            heavy.add(RunningServer.client().sendAsync(query(HEAVY), HttpResponse.BodyHandlers.ofString()));

        // Within the queries' time limit, so every probe meets them all; starved, a probe would wait for that
        // limit or be refused, which on a machine however busy stays apart from a slow answer.
        List<Long> probeMillis = new ArrayList<>();
        long until = System.nanoTime() + QUERY_LIMIT.minusSeconds(1).toNanos();
        while (System.nanoTime() < until) {
            long started = System.nanoTime();
            HttpResponse<String> probe = probe();
            probeMillis.add((System.nanoTime() - started) / 1_000_000);
            assertEquals(303, probe.statusCode(), probe::body);
            Thread.sleep(100);
        }

        int refused = 0;
        for (CompletableFuture<HttpResponse<String>> future : heavy) {
            HttpResponse<String> response = future.get();
            assertEquals(503, response.statusCode(), response::body);
            if (response.headers().firstValue("Retry-After").isPresent()) refused++;
            assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        }
        assertTrue(refused >= 32 - 4, refused + " of 32 were refused with Retry-After");
        assertTrue(probeMillis.size() >= 10, "probes answered: " + probeMillis);
        assertTrue(probeMillis.stream().allMatch(ms -> ms < QUERY_LIMIT.toMillis() / 2),
            "every probe within half the queries' time limit: " + probeMillis);

        HttpResponse<String> light = RunningServer.send(query("ASK { ?s ?p ?o }"));
        assertEquals(200, light.statusCode(), "capacity returns once the heavy queries are done");
    }

    @Test
    @DisplayName("clients trickling their headers are disconnected after the idle timeout while others are served")
    void slowHeadersAreCut() throws Exception {
        List<RawHttp> slow = new ArrayList<>();
        for (int i = 0; i < 16; i++) slow.add(new RawHttp(server.port()).send("GET / HTTP/1.1\r\nHost: x\r\n"));
        try {
            long until = System.nanoTime() + Duration.ofMillis(2500).toNanos();
            while (System.nanoTime() < until) {
                for (RawHttp client : slow) trickle(client, "X-Slow: 1\r\n");
                long started = System.nanoTime();
                assertEquals(303, probe().statusCode());
                assertTrue((System.nanoTime() - started) / 1_000_000 < 1000, "others are served promptly");
                Thread.sleep(200);
            }
            for (RawHttp client : slow) assertTrue(client.closedByServer(500), "the slow client was disconnected");
        } finally {
            slow.forEach(RawHttp::close);
        }
    }

    @Test
    @DisplayName("clients trickling a query body get 408 or a closed connection, and the endpoint serves again")
    void slowBodiesAreCut() throws Exception {
        List<RawHttp> slow = new ArrayList<>();
        for (int i = 0; i < 8; i++)
            slow.add(new RawHttp(server.port()).send("POST /sparql HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/sparql-query\r\nContent-Length: 2000\r\n\r\nASK"));
        try {
            long started = System.nanoTime();
            long until = started + Duration.ofMillis(2500).toNanos();
            while (System.nanoTime() < until) {
                for (RawHttp client : slow) trickle(client, " ");
                assertEquals(303, probe().statusCode());
                Thread.sleep(200);
            }
            for (RawHttp client : slow) {
                String response = client.isOpen() ? client.response() : "";
                assertTrue(response.isEmpty() || response.startsWith("HTTP/1.1 408")
                    || response.startsWith("HTTP/1.1 503"), response);
            }
            HttpResponse<String> light = RunningServer.send(query("ASK { ?s ?p ?o }"));
            assertEquals(200, light.statusCode(), light::body);
        } finally {
            slow.forEach(RawHttp::close);
        }
    }

    /** Sends a little more, unless the server has already hung up. */
    private static void trickle(RawHttp client, String text) {
        try {
            client.send(text);
        } catch (IOException closedByServer) {
            // Cut off: what the test expects sooner or later.
        }
    }

    private static HttpResponse<String> probe() { return server.get(PROBE, "Accept", "text/turtle"); }

    private static HttpRequest query(String query) {
        return HttpRequest.newBuilder(URI.create(server.url("sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))))
            .header("Accept", "text/csv").timeout(Duration.ofSeconds(20)).GET().build();
    }
}
