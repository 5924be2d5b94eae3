package org.pyconfgraph.publish.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.publish.ServerLimits;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.testing.RunningServer;

/**
 * Two query slots, a 5 s time limit and queries long after 2 s, on the ring fixture: clients sending queries that
 * run to the time limit, again and again, while another asks light queries. The test waits for events (the long
 * lane full, a heavy query run to the limit) rather than for fixed times, and checks "one at a time" against the
 * time the heavy queries ran, so that a loaded machine only makes it slower.
 */
@DisplayName("Long queries share the query slots with short ones")
class QueryLanesTest {
    private static final String HEAVY = SparqlRequests.RUNAWAY;
    private static final String LIGHT = SparqlRequests.LIGHT;
    private static final Duration LIMIT = Duration.ofSeconds(5);
    /** Far longer than a light query takes on a loaded machine: a light query never becomes long. */
    private static final Duration LONG_AFTER = Duration.ofSeconds(2);
    /** How long to wait for an event that an idle machine sees within a few seconds. */
    private static final Duration EVENTS_WITHIN = Duration.ofSeconds(60);
    private static final String LANE_FULL = "as many long queries as it allows";
    private static RunningServer server;

    @BeforeAll
    static void start() {
        // A short query waits for a slot at most 2 s, far less than a heavy query holds one: a light query kept
        // waiting behind heavy ones is refused, not answered late.
        ServerLimits limits = ServerLimits.defaults().withQueries(2, 16, Duration.ofSeconds(2))
            .withLongQueries(LONG_AFTER, 1);
        server = RunningServer.start(SparqlRequests.ringFixture(),
            ServerSettings.defaults().withQueryTimeout(LIMIT).withLimits(limits));
    }

    @AfterAll
    static void stop() { server.close(); }

    /** One heavy query sent and answered, with when (nanoTime). */
    private record Heavy(long sent, long answered, HttpResponse<String> response) {
        boolean ranToLimit() { return response.body().contains("ran longer than"); }
    }

    @Test
    @DisplayName("4 clients resending a query that runs to the time limit: one runs at a time, the others get 503 with"
        + " Retry-After, and every light query sent meanwhile is answered 200")
    void lightQueriesKeepBeingAnswered() throws InterruptedException {
        AtomicBoolean sending = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Heavy> heavyAnswers = new ConcurrentLinkedQueue<>();
        List<Thread> heavyClients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread client = new Thread(() -> {
                while (sending.get()) {
                    long sent = System.nanoTime();
                    HttpResponse<String> response = SparqlRequests.get(server, HEAVY, "text/csv");
                    heavyAnswers.add(new Heavy(sent, System.nanoTime(), response));
                    pause(20);
                }
            });
            client.start();
            heavyClients.add(client);
        }
        try {
            // A heavy query runs long in the long lane, and the others are refused rather than take the short slots.
            assertTrue(await(() -> heavyAnswers.stream().anyMatch(h -> h.response().body().contains(LANE_FULL))),
                "a long query beyond the long lane is told why: " + heavyAnswers.size() + " heavy answers");

            List<HttpResponse<String>> light = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                light.add(SparqlRequests.get(server, LIGHT, "application/sparql-results+json"));
                Thread.sleep(100);
            }
            for (HttpResponse<String> answer : light) {
                assertEquals(200, answer.statusCode(), answer::body);
                assertTrue(SparqlRequests.askResult(answer));
            }
            assertTrue(await(() -> heavyAnswers.stream().anyMatch(Heavy::ranToLimit)), "a heavy query ran to the limit");
        } finally {
            sending.set(false);
            for (Thread client : heavyClients) client.join();
        }

        long ranToLimit = heavyAnswers.stream().filter(Heavy::ranToLimit).count();
        long refused = heavyAnswers.stream().filter(h -> h.response().statusCode() == 503
            && h.response().headers().firstValue("Retry-After").isPresent()).count();
        assertEquals(heavyAnswers.size(), ranToLimit + refused, "each heavy query ran to the limit or was refused");
        // Each one that ran to the limit was long for at least the limit less the long-query time; one at a time,
        // that long time fits in the time the heavy clients sent queries (several at once would not).
        long first = heavyAnswers.stream().mapToLong(Heavy::sent).min().orElseThrow();
        long last = heavyAnswers.stream().mapToLong(Heavy::answered).max().orElseThrow();
        long longMillis = ranToLimit * LIMIT.minus(LONG_AFTER).toMillis();
        assertTrue(longMillis <= (last - first) / 1_000_000, ranToLimit + " queries ran to the 5 s limit within "
            + (last - first) / 1_000_000 + " ms: more than one at a time");
    }

    /** Polls a condition until it holds or the events' deadline passes. */
    private static boolean await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + EVENTS_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) return true;
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
