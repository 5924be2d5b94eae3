package org.pyconfgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.testing.RingReleases;
import org.pyconfgraph.testing.RunningServer;

/**
 * {@code serve --tdb2-file-mode}: TDB2 decides how it reads its files once per process, so each mode is tried in a
 * child JVM of its own, whose memory maps show which files it mapped.
 */
@DisplayName("serve --tdb2-file-mode")
class ServeFileModeTest {
    private static final String BASE = "https://pyconf.example.org/";
    /** A child JVM's start can take a minute on a loaded machine: what is tested is that it answers. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir static Path temp;
    private static Path release;

    @BeforeAll
    static void buildRelease() {
        RingReleases releases = RingReleases.in(temp.resolve("releases"), BASE);
        releases.build("first", "");
        release = releases.directory().resolve("first");
    }

    @Test
    @DisplayName("direct: answers from the release's database without mapping any of its files")
    void directMapsNoIndexFile() throws Exception {
        assertEquals(List.of(), databaseFilesMapped("direct"));
    }

    @Test
    @DisplayName("mapped, the default: maps the index files it reads")
    void mappedMapsIndexFiles() throws Exception {
        List<String> mapped = databaseFilesMapped(null);
        assertTrue(mapped.stream().anyMatch(line -> line.endsWith(".dat")), "index files mapped: " + mapped);
    }

    @Test
    @DisplayName("refuses another mode in one line with exit 2")
    void refusesAnotherMode() {
        CommandRun run = CommandRun.of("serve", "--port", String.valueOf(RunningServer.freePort()), "--release",
            release.toString(), "--tdb2-file-mode", "sideways");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("error: --tdb2-file-mode must be mapped or direct, not sideways", run.err().strip());
    }

    /** The lines of a child server's memory maps naming a file of the release's database, after it answered. */
    private static List<String> databaseFilesMapped(String mode) throws Exception {
        Path maps = Path.of("/proc/self/maps");
        assumeTrue(Files.isReadable(maps), "needs /proc to read a process's memory maps");
        int port = RunningServer.freePort();
        Path log = Files.createTempFile(temp, "serve", ".log");
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
            System.getProperty("java.class.path"), Main.class.getName(), "serve", "--release", release.toString(),
            "--port", String.valueOf(port)));
        if (mode != null) command.addAll(List.of("--tdb2-file-mode", mode));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitAnswer(child, log, port);
            return Files.readAllLines(Path.of("/proc", String.valueOf(child.pid()), "maps")).stream()
                .filter(line -> line.contains(release.resolve("tdb2").toString())).toList();
        } finally {
            child.destroy();
            child.waitFor(20, TimeUnit.SECONDS);
            if (child.isAlive()) child.destroyForcibly();
        }
    }

    private static void awaitAnswer(Process child, Path log, int port) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!Files.readString(log, StandardCharsets.UTF_8).contains("SPARQL")) {
            if (System.nanoTime() > deadline || !child.isAlive())
                throw new IllegalStateException("no start in the log: " + Files.readString(log));
            Thread.sleep(50);
        }
        HttpResponse<String> page = RunningServer.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/doc/event/e1.ttl")).header("Accept", "text/turtle").timeout(PATIENCE).GET().build());
        assertEquals(200, page.statusCode(), page.body());
    }
}
