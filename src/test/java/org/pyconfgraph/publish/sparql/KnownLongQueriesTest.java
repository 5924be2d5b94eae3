package org.pyconfgraph.publish.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.publish.ServerLimits;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.testing.RunningServer;

/**
 * One short query slot, one long one and no queue, queries long after 1 s and a 6 s time limit, on the ring
 * fixture: clients resending a query that runs long while it already fills the long lane.
 */
@DisplayName("A query known to run long is refused before admission control while the long lane is full")
class KnownLongQueriesTest {
    private static final String HEAVY = SparqlRequests.RUNAWAY;
    private static final String LIGHT = SparqlRequests.LIGHT;
    private static final Duration LONG_AFTER = Duration.ofSeconds(1);
    private static final Duration TIME_LIMIT = Duration.ofSeconds(6);
    private static RunningServer server;

    @BeforeAll
    static void start() {
        ServerLimits limits = ServerLimits.defaults().withQueries(1, 0, Duration.ofSeconds(1))
            .withLongQueries(LONG_AFTER, 1);
        server = RunningServer.start(SparqlRequests.ringFixture(),
            ServerSettings.defaults().withQueryTimeout(TIME_LIMIT).withLimits(limits));
    }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    @DisplayName("8 clients resending it leave the one short slot to light queries: every light query is answered 200,"
        + " and the resent ones get 503 with Retry-After and the reason")
    void resentLongQueriesLeaveTheShortSlotFree() throws Exception {
        CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(
            () -> SparqlRequests.get(server, HEAVY, "text/csv"));
        Thread.sleep(2 * LONG_AFTER.toMillis()); // alone, it has run long by now and holds the long lane
        HttpResponse<String> refused = awaitLongLaneFull();
        assertEquals(String.valueOf(TIME_LIMIT.toSeconds()), refused.headers().firstValue("Retry-After").orElse(""));

        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicInteger resent = new AtomicInteger();
        List<String> notRefusedAsLong = new ArrayList<>();
        List<Thread> resenders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread resender = new Thread(() -> {
                while (sending.get()) {
                    HttpResponse<String> answer = SparqlRequests.get(server, HEAVY, "text/csv");
                    resent.incrementAndGet();
                    if (answer.statusCode() != 503 || !answer.body().contains("as many long queries as it allows"))
                        synchronized (notRefusedAsLong) { notRefusedAsLong.add(answer.statusCode() + " " + answer.body()); }
                }
            });
            resender.start();
            resenders.add(resender);
        }
        // Well within the running query's time limit: the long lane stays full all along.
        List<Integer> lightStatuses = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        try {
            while (System.nanoTime() < until) {
                HttpResponse<String> light = SparqlRequests.get(server, LIGHT, "application/sparql-results+json");
                lightStatuses.add(light.statusCode());
                Thread.sleep(50);
            }
        } finally {
            sending.set(false);
            for (Thread resender : resenders) resender.join();
        }

        assertTrue(lightStatuses.size() >= 5, "light queries sent: " + lightStatuses);
        assertTrue(lightStatuses.stream().allMatch(status -> status == 200), "light queries: " + lightStatuses);
        assertTrue(resent.get() >= 8, "resent: " + resent.get());
        assertTrue(notRefusedAsLong.isEmpty(), "every resent one refused as one long query too many: "
            + notRefusedAsLong);
        HttpResponse<String> first = running.get();
        assertTrue(first.statusCode() == 503 && first.body().contains("ran longer than"), "the first one runs to the"
            + " time limit: " + first.statusCode() + " " + first.body());
    }

    /** Sends the query until it is refused as a long one: the first one holds the long lane. */
    private static HttpResponse<String> awaitLongLaneFull() throws InterruptedException {
        long until = System.nanoTime() + TIME_LIMIT.toNanos();
        while (System.nanoTime() < until) {
            HttpResponse<String> answer = SparqlRequests.get(server, HEAVY, "text/csv");
            if (answer.statusCode() == 503 && answer.body().contains("as many long queries as it allows")) return answer;
            Thread.sleep(100);
        }
        throw new AssertionError("the heavy query never filled the long lane");
    }
}
