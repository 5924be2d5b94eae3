package org.pyconfgraph.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.testing.RunningServer;

/** The buffers streamed responses are gathered in: pooled and reused, not fresh native memory per response. */
@DisplayName("Response buffers")
class ResponseBuffersTest {
    private static final int ANSWERS = 20;

    @Test
    @DisplayName("twenty SPARQL answers in a row take less new native memory together than one response buffer")
    void streamedResponsesReusePooledBuffers() {
        RunningServer server = RunningServer.shared();
        assertEquals(200, ask(server).statusCode());
        long before = directMemoryUsed();
        for (int i = 0; i < ANSWERS; i++) assertEquals(200, ask(server).statusCode());
        long grown = directMemoryUsed() - before;
        // Fuseki's own 5 MiB buffer, unpooled, made every answer allocate that much until a collection freed it.
        assertTrue(grown < 1 << 20, "direct memory grew by " + (grown >> 10) + " KiB over " + ANSWERS + " answers");
    }

    @Test
    @DisplayName("a result many times the buffer's size arrives whole")
    void largeResultsArriveWhole() {
        RunningServer server = RunningServer.shared();
        HttpResponse<String> count = server.get("sparql?query=" + encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
            "Accept", "text/csv");
        long triples = Long.parseLong(count.body().lines().skip(1).findFirst().orElseThrow().trim());
        HttpResponse<String> all = server.get("sparql?query=" + encode("SELECT * { ?s ?p ?o }"), "Accept", "text/csv");
        assertEquals(200, all.statusCode());
        assertTrue(all.body().length() > 4 * ResponseBuffers.OUTPUT_BUFFER_SIZE, "larger than a few buffers: "
            + all.body().length() + " characters");
        assertEquals(triples, all.body().lines().count() - 1, "one CSV line per triple after the header");
    }

    private static HttpResponse<String> ask(RunningServer server) {
        return server.get("sparql?query=" + encode("ASK { ?s ?p ?o }"), "Accept", "application/sparql-results+json");
    }

    private static long directMemoryUsed() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
            .filter(pool -> pool.getName().equals("direct")).mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
    }

    private static String encode(String query) { return URLEncoder.encode(query, StandardCharsets.UTF_8); }
}
