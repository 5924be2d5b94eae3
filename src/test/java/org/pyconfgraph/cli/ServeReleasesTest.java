package org.pyconfgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.testing.RingReleases;
import org.pyconfgraph.testing.RunningServer;

/** {@code serve --releases DIR}: its bad input at start, a child JVM switched by SIGHUP, and a release held by another. */
@DisplayName("serve --releases")
class ServeReleasesTest {
    private static final String BASE = "https://pyconf.example.org/";
    private static final Pattern LISTED = Pattern.compile("class=\"release-id\">([^<]+)<");
    /**
     * How long the test waits for a child JVM's start, a log line or a switch: what is tested is that they come, and
     * on a loaded machine a JVM's start alone can take a minute.
     */
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir static Path temp;
    private static RingReleases releases;
    private static String first;
    private static String second;

    @BeforeAll
    static void buildReleases() {
        releases = RingReleases.in(temp.resolve("releases"), BASE);
        first = releases.build("first", "");
        second = releases.build("second", "e:e400 a pcg:Event ; rdfs:label \"Event 400\"@en .\n");
        releases.breakCopy("second", "broken");
    }

    @Test
    @DisplayName("refuses at start, in one line with exit 2, a directory without current or naming a broken release")
    void refusesABadStart() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        CommandRun none = serve("--releases", empty.toString());
        assertEquals(2, none.exitCode(), none.err());
        assertTrue(none.err().startsWith("error: " + empty.resolve("current") + ": missing"), none.err());
        assertEquals(1, none.err().lines().count(), none.err());

        Path broken = Files.createDirectories(temp.resolve("pointing-at-broken"));
        Files.writeString(broken.resolve("current"), releases.directory().resolve("broken") + "\n");
        CommandRun path = serve("--releases", broken.toString());
        assertEquals(2, path.exitCode(), path.err());
        assertTrue(path.err().contains("line 1 must be the name of a release folder"), path.err());

        RingReleases pointing = RingReleases.in(releases.directory(), BASE);
        pointing.point("broken");
        CommandRun manifest = serve("--releases", releases.directory().toString());
        assertEquals(2, manifest.exitCode(), manifest.err());
        assertTrue(manifest.err().contains("manifest.json"), manifest.err());
        assertEquals(1, manifest.err().lines().count(), manifest.err());

        CommandRun both = serve("--releases", releases.directory().toString(), "--release",
            releases.directory().resolve("first").toString());
        assertEquals(2, both.exitCode(), both.err());
    }

    @Test
    @DisplayName("refuses in one line with exit 2 a release whose database another process serves")
    void refusesAReleaseServedByAnotherProcess() throws Exception {
        releases.build("held", "");
        Path held = releases.directory().resolve("held");
        Path log = Files.createTempFile(temp, "serve", ".log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
            "--release", held.toString(), "--port", String.valueOf(RunningServer.freePort()))
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitLog(child, log, "SPARQL");
            CommandRun second = serve("--release", held.toString());
            assertEquals(2, second.exitCode(), second.err());
            assertTrue(second.err().startsWith("error: " + held.resolve("tdb2") + ": in use by another process"),
                second.err());
            assertEquals(1, second.err().lines().count(), second.err());
        } finally {
            child.destroy();
            child.waitFor(20, TimeUnit.SECONDS);
            if (child.isAlive()) child.destroyForcibly();
        }
    }

    @Test
    @DisplayName("switches on SIGHUP, refusing a broken release in one log line while it keeps serving")
    void switchesOnSighup() throws Exception {
        releases.link("first");
        int port = RunningServer.freePort();
        Path log = Files.createTempFile(temp, "serve", ".log");
        // Read once an hour: only the signal can make it switch within this test.
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
            "--releases", releases.directory().toString(), "--port", String.valueOf(port),
            "--switch-interval", "3600").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitLog(child, log, "SPARQL");
            assertEquals(first, listed(port));

            releases.link("broken");
            hangUp(child);
            hangUp(child);
            awaitLog(child, log, "release not switched");
            assertEquals(first, listed(port), "still the first release");

            releases.link("second");
            hangUp(child);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!second.equals(listed(port)) && System.nanoTime() < deadline) Thread.sleep(100);
            assertEquals(second, listed(port), Files.readString(log));
            // The watcher reads current on one thread, in turn: every look at the broken release came before this.
            List<String> refusals = Files.readAllLines(log).stream().filter(l -> l.contains("not switched")).toList();
            assertEquals(1, refusals.size(), "one line for the broken release: " + refusals);
            assertTrue(refusals.get(0).contains("manifest.json"), refusals.get(0));
            assertTrue(child.isAlive(), "SIGHUP does not end the process");
            assertFalse(Files.readString(log).contains("Exception"), Files.readString(log));
        } finally {
            child.destroy();
            child.waitFor(20, TimeUnit.SECONDS);
            if (child.isAlive()) child.destroyForcibly();
        }
    }

    private static CommandRun serve(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "serve";
        args[1] = "--port";
        args[2] = String.valueOf(RunningServer.freePort());
        System.arraycopy(options, 0, args, 3, options.length);
        return CommandRun.of(args);
    }

    private static String listed(int port) {
        String body = RunningServer.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dumps/"))
            .header("Accept", "text/html").timeout(PATIENCE).GET().build()).body();
        Matcher release = LISTED.matcher(body);
        assertTrue(release.find(), body);
        return release.group(1);
    }

    private static void hangUp(Process child) throws Exception {
        Process kill = new ProcessBuilder("kill", "-HUP", String.valueOf(child.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -HUP");
    }

    private static void awaitLog(Process child, Path log, String text) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
            if (System.nanoTime() > deadline || !child.isAlive())
                throw new IllegalStateException("no \"" + text + "\" in the log: " + Files.readString(log));
            Thread.sleep(50);
        }
    }
}
