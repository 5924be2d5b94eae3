package org.pyconfgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.testing.RawHttp;

/**
 * {@code serve} in a child JVM, stopped with SIGTERM while queries run: the only way to see a real signal, the
 * exit code and the log. Queries on the ring fixture run to the time limit each test gives them, so each takes a
 * known time.
 */
@DisplayName("serve on SIGTERM")
class GracefulShutdownTest {
    private static final String HEAVY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    @Test
    @DisplayName("stops accepting, lets the requests in flight finish, logs it and exits 0")
    void requestsInFlightFinish() throws Exception {
        // The queries end at their time limit, which must come after the stop has begun: a busy machine can take
        // seconds to start the child and to act on the signal, so the limit is far beyond both, and the grace
        // beyond the limit, so that the queries finish in it rather than being cut.
        try (Child child = Child.serve(15, "--shutdown-grace", "30")) {
            List<RawHttp> running = List.of(child.query(HEAVY), child.query(HEAVY));
            Thread.sleep(3000);
            child.process.destroy();

            for (RawHttp connection : running) {
                String answer = connection.response(40_000);
                assertTrue(answer.startsWith("HTTP/1.1 503"), answer);
                assertTrue(answer.contains("ran longer than this endpoint's limit"), answer);
                connection.close();
            }
            assertTrue(child.process.waitFor(20, TimeUnit.SECONDS), "the process ended");
            assertEquals(0, child.process.exitValue(), child.log());
            assertTrue(child.log().contains("stopping: 2 requests in flight"), child.log());
            assertTrue(child.log().contains("every request in flight finished"), child.log());
        }
    }

    @Test
    @DisplayName("cuts what still runs after the grace period, says how many, and exits 0")
    void requestsBeyondTheGraceAreCut() throws Exception {
        // A time limit far beyond the grace, so that however slow a busy machine makes the stop, it is told apart
        // from waiting for the queries; and time for both to be running on a busy machine before the signal.
        try (Child child = Child.serve(30, "--shutdown-grace", "0.5")) {
            List<RawHttp> running = List.of(child.query(HEAVY), child.query(HEAVY));
            Thread.sleep(3000);
            long signalled = System.nanoTime();
            child.process.destroy();

            assertTrue(child.process.waitFor(20, TimeUnit.SECONDS), "the process ended");
            long millis = (System.nanoTime() - signalled) / 1_000_000;
            assertEquals(0, child.process.exitValue(), child.log());
            assertTrue(child.log().contains("2 requests still running after 500 ms were cut"), child.log());
            assertTrue(millis < 10_000, "stopped " + millis + " ms after the signal, long before the queries' own limit"
                + " (27 s later)");
            for (RawHttp connection : running) {
                String answer = connection.response(10_000);
                assertTrue(answer.isEmpty(), "cut without an answer: " + answer);
                connection.close();
            }
        }
    }

    /** A serve process on a free loopback port, its output collected in a file. */
    private static final class Child implements AutoCloseable {
        final Process process;
        final int port;
        final Path output;

        private Child(Process process, int port, Path output) {
            this.process = process;
            this.port = port;
            this.output = output;
        }

        static Child serve(int queryTimeoutSeconds, String... options) throws Exception {
            int port;
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
                "--sources", "src/test/resources/fixtures/ring", "--port", String.valueOf(port),
                // Two long slots, so that the two queries running to the time limit are both in flight.
                "--query-timeout", String.valueOf(queryTimeoutSeconds), "--max-queries", "2", "--max-long-queries", "2", "--query-queue", "0"));
            command.addAll(List.of(options));
            Path output = Files.createTempFile("serve", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
            Child child = new Child(process, port, output);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!child.log().contains("SPARQL")) {
                if (System.nanoTime() > deadline || !process.isAlive())
                    throw new IllegalStateException("serve did not start: " + child.log());
                Thread.sleep(50);
            }
            return child;
        }

        /** A query sent on a connection of its own: once written, it is at the server, whatever the client does. */
        RawHttp query(String query) throws IOException {
            return new RawHttp(port).send("GET /sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/csv\r\nConnection: close\r\n\r\n");
        }

        String log() {
            try {
                return Files.readString(output, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            try {
                Files.deleteIfExists(output);
            } catch (IOException ignored) {
                // A temporary file left behind.
            }
        }
    }
}
