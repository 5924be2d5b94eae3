package org.pyconfgraph.publish.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.publish.ServerLimits;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.testing.RunningServer;

/**
 * Two query slots, a 3 s time limit and queries long after 0.5 s, on the ring fixture: clients sending queries
 * that run to the time limit, again and again, while another asks light queries.
 */
@DisplayName("Long queries share the query slots with short ones")
class QueryLanesTest {
    private static final String HEAVY = SparqlRequests.RUNAWAY;
    private static final String LIGHT = SparqlRequests.LIGHT;
    private static final Duration LONG_AFTER = Duration.ofMillis(500);
    private static RunningServer server;

    @BeforeAll
    static void start() {
        ServerLimits limits = ServerLimits.defaults().withQueries(2, 16, Duration.ofSeconds(2))
            .withLongQueries(LONG_AFTER, 1);
        server = RunningServer.start(SparqlRequests.ringFixture(),
            ServerSettings.defaults().withQueryTimeout(Duration.ofSeconds(3)).withLimits(limits));
    }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    @DisplayName("4 clients resending a query that runs to the time limit: one runs, the others get 503 with Retry-After,"
        + " and every light query is answered 200 within 1.5 s")
    void lightQueriesKeepBeingAnswered() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        ConcurrentLinkedQueue<HttpResponse<String>> heavyAnswers = new ConcurrentLinkedQueue<>();
        List<Thread> heavyClients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < until) heavyAnswers.add(SparqlRequests.get(server, HEAVY, "text/csv"));
            });
            client.start();
            heavyClients.add(client);
        }
        Thread.sleep(LONG_AFTER.toMillis() * 2); // the heavy queries have run long by now

        List<Long> lightMillis = new ArrayList<>();
        while (System.nanoTime() < until) {
            long started = System.nanoTime();
            HttpResponse<String> light = SparqlRequests.get(server, LIGHT, "application/sparql-results+json");
            lightMillis.add((System.nanoTime() - started) / 1_000_000);
            assertEquals(200, light.statusCode(), light::body);
            assertTrue(SparqlRequests.askResult(light));
            Thread.sleep(100);
        }
        for (Thread client : heavyClients) client.join();

        assertTrue(lightMillis.size() >= 10, "light queries answered: " + lightMillis);
        assertTrue(lightMillis.stream().allMatch(ms -> ms < 1500), "every light query within 1.5 s: " + lightMillis);
        long ranToLimit = heavyAnswers.stream().filter(r -> r.body().contains("ran longer than")).count();
        long refused = heavyAnswers.stream().filter(r -> r.statusCode() == 503
            && r.headers().firstValue("Retry-After").isPresent()).count();
        assertEquals(heavyAnswers.size(), ranToLimit + refused, "each heavy query ran to the limit or was refused");
        assertTrue(ranToLimit >= 1 && ranToLimit <= 2, ranToLimit + " ran to the 3 s limit one after the other in 5 s");
        assertTrue(heavyAnswers.stream().anyMatch(r -> r.body().contains("as many long queries as it allows")),
            "a long query beyond the long lane is told why");
    }
}
