package org.pyconfgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.release.ReleaseFolder;
import org.pyconfgraph.testing.BundledRelease;
import org.pyconfgraph.testing.SourceTreeCopy;
import org.pyconfgraph.testing.StockFuseki;

import picocli.CommandLine;

/** {@code serve} publishes nothing unless the sources pass every check. */
@DisplayName("The serve command")
class ServeCommandTest {

    @Test
    @DisplayName("refuses broken sources before opening a port")
    void refusesBrokenSources(@TempDir Path dir) throws IOException {
        SourceTreeCopy broken = SourceTreeCopy.of(dir).write("data/broken.ttl", """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <id/event/python10> rdfs:label "Python10 again"@en .
            """);
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("serve", "--sources", broken.root().toString(), "--port", String.valueOf(port));

        assertEquals(2, exit);
        assertTrue(err.toString().contains("SHACL violation"), err::toString);
        final int closedPort = port;
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", closedPort).close());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--base|http:foo", "--base|https://example.org/?page=1", "--base|https://example.org/#top",
        "--base|https://example.org/a/../b/", "--base|ftp://example.org/", "--base|https://user@example.org/",
        "--query-timeout|0", "--query-timeout|-5", "--query-timeout|NaN", "--query-timeout|1e30",
        "--query-timeout|ten", "--port|70000", "--port|-1", "--port|abc", "--max-queries|0",
        "--idle-timeout|Infinity", "--max-string-length|0", "--queue-wait|-1", "--shutdown-grace|1e9",
        "--long-query-time|0", "--max-long-queries|0", "--memory-return|-1", "--memory-return|NaN",
        "--max-literal-length|-5",
        "--store|tdb2:no/such/database", "--store|sparql:ftp://example.org/sparql", "--store|redis:x", "--store|tdb2:",
        "--store|sparql:http://127.0.0.1:9/sparql", "--store-start-timeout|0", "--store-start-timeout|1e9"})
    @DisplayName("refuses a setting out of range in one line naming it, exit 2, before reading the sources")
    void refusesBadSettings(String option, String value) {
        CommandRun run = CommandRun.of("serve", "--sources", "no/such/folder", "--port", String.valueOf(freePort()),
            option, value);

        assertEquals(2, run.exitCode(), run.err());
        List<String> lines = run.err().lines().filter(line -> !line.isBlank()).toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).contains(option), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("no/such/folder"), run.err());
    }

    @Test
    @DisplayName("refuses a port another process listens on in one line, exit 2, before reading the sources")
    void refusesBusyPort() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CommandRun run = CommandRun.of("serve", "--sources", "no/such/folder", "--port",
                String.valueOf(busy.getLocalPort()));

            assertEquals(2, run.exitCode(), run.err());
            assertEquals(1, run.err().lines().filter(line -> !line.isBlank()).count(), run.err());
            assertTrue(run.err().contains("--port " + busy.getLocalPort()), run.err());
        }
    }

    @Test
    @DisplayName("refuses a remote store that does not answer within the start's time limit in one line, exit 2")
    void refusesSlowStore(@TempDir Path dir) {
        ReleaseFolder built = ReleaseFolder.build(BundledRelease.sources(), IriSpace.of("https://pyconf.example.org/"),
            dir.resolve("release"));
        try (StockFuseki engine = StockFuseki.onDatabase(built.database(), true, Duration.ofSeconds(60))) {
            engine.answerAfter(Duration.ofSeconds(2));
            CommandRun run = CommandRun.of("serve", "--release", built.folder().toString(), "--port",
                String.valueOf(freePort()), "--store", "sparql:" + engine.queryEndpoint(), "--store-start-timeout", "0.5");

            assertEquals(2, run.exitCode(), run.err());
            assertEquals(List.of("error: --store sparql:" + engine.queryEndpoint() + " did not answer within 500 ms,"
                + " the time limit of each read at start (--store-start-timeout)"),
                run.err().lines().filter(line -> !line.isBlank()).toList());
        }
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
