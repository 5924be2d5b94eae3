package org.pyconfgraph.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.testing.RunningServer;

/** Reads the log as configured (slf4j-simple writes to standard error), not a test double. */
@DisplayName("The server logs exactly one line per request")
class RequestLogFilterTest {
    private static final RunningServer server = RunningServer.shared();

    @Test
    @DisplayName("a query yields one line: method, decoded path and query, status, duration")
    void oneLineForAQuery() throws InterruptedException {
        List<String> lines = logOf(1, () -> server.get("sparql?query=" + encode("ASK {\n  ?s ?p ?o\n}"), "Accept",
            "application/sparql-results+json").statusCode());
        assertEquals(1, lines.size(), () -> "lines: " + lines);
        assertTrue(lines.get(0).matches(".* INFO requests - GET /sparql\\?query=ASK \\{ \\?s \\?p \\?o } 200 \\d+ ms"),
            lines.get(0));
    }

    @Test
    @DisplayName("a refused request and a malformed query yield one line each too")
    void oneLineForErrors() throws InterruptedException {
        List<String> lines = logOf(2, () -> server.get("sparql?query=" + encode("SELECT * {"), "Accept", "*/*").statusCode()
            + RunningServer.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("sparql?default")))
                .DELETE().build()).statusCode());
        assertEquals(2, lines.size(), () -> "lines: " + lines);
        assertTrue(lines.get(0).matches(".* GET /sparql\\?query=SELECT \\* \\{ 400 \\d+ ms"), lines.get(0));
        assertTrue(lines.get(1).matches(".* DELETE /sparql\\?default 405 \\d+ ms"), lines.get(1));
    }

    @Test
    @DisplayName("a long query is shortened on its line")
    void longQueryIsShortened() throws InterruptedException {
        String query = "SELECT * { ?s ?p ?o FILTER(?o != \"" + "x".repeat(500) + "\") }";
        List<String> lines = logOf(1, () -> server.get("sparql?query=" + encode(query), "Accept", "*/*").statusCode());
        assertEquals(1, lines.size(), () -> "lines: " + lines);
        String target = lines.get(0).replaceAll(".* requests - GET (.*) 200 \\d+ ms$", "$1");
        assertTrue(target.endsWith("…"), target);
        assertEquals(RequestLogFilter.MAX_TARGET_LENGTH + 1, target.length(), target);
    }

    /**
     * The log lines written while the requests run. A request's line follows its response, later still on a busy
     * machine: waits until {@code expected} lines are there (at most 10 s), then briefly for any line beyond them.
     */
    private static List<String> logOf(int expected, Supplier<Integer> requests) throws InterruptedException {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            requests.get();
            long until = System.nanoTime() + 10_000_000_000L;
            while (lines(captured).size() < expected && System.nanoTime() < until) Thread.sleep(50);
            Thread.sleep(300);
        } finally {
            System.setErr(original);
        }
        return lines(captured);
    }

    private static List<String> lines(ByteArrayOutputStream captured) {
        return captured.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    private static String encode(String text) { return URLEncoder.encode(text, StandardCharsets.UTF_8); }
}
