package org.pyconfgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.release.Dump;
import org.pyconfgraph.release.Release;
import org.pyconfgraph.release.ReleaseBuilder;
import org.pyconfgraph.testing.RunningServer;
import org.pyconfgraph.testing.SourceTreeCopy;

@DisplayName("build --out")
class BuildCommandTest {
    private static final String BASE = "https://pyconf.example.org/";

    @TempDir Path temp;

    @Test
    @DisplayName("writes a folder with a TDB2 database of every named graph, the dumps and a manifest true of them")
    void writesAReleaseFolder() throws IOException {
        Path out = temp.resolve("release");
        CommandRun run = CommandRun.of("build", "--sources", ".", "--base", BASE, "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());

        Release inMemory = new ReleaseBuilder(SourceTree.directory(Path.of(".")), IriSpace.of(BASE)).build();
        JsonObject manifest = Json.createReader(new StringReader(Files.readString(out.resolve("manifest.json"))))
            .readObject();
        assertEquals(inMemory.id(), manifest.getString("release"));
        assertEquals(BASE, manifest.getString("base"));
        assertTrue(run.out().contains("built release " + inMemory.id()), run.out());

        DatasetGraph database = DatabaseMgr.connectDatasetGraph(Location.create(out.resolve("tdb2")));
        try {
            for (NamedGraph graph : NamedGraph.values()) {
                var name = graph.node(inMemory.iris());
                long expected = inMemory.dataset().getGraph(name).size();
                assertEquals(expected, manifest.getJsonObject("graphs").getJsonNumber(name.getURI()).longValue());
                assertEquals(expected, (long) Txn.calculateRead(database, () -> database.getGraph(name).size()),
                    name.getURI());
            }
        } finally {
            TDBInternal.expel(database);
        }

        for (Dump dump : inMemory.dumps()) {
            byte[] written = Files.readAllBytes(out.resolve("dumps").resolve(dump.fileName()));
            assertArrayEquals(dump.bytes(), written, dump.fileName());
        }
        for (String line : Files.readAllLines(out.resolve("dumps/SHA256SUMS"))) {
            String[] sumAndName = line.split("  ", 2);
            assertEquals(sha256(Files.readAllBytes(out.resolve("dumps").resolve(sumAndName[1]))), sumAndName[0]);
        }
        JsonObject index = manifest.getJsonArray("indexes").getJsonObject(0);
        assertEquals(Files.size(out.resolve("indexes").resolve(index.getString("file"))),
            index.getJsonNumber("bytes").longValue(), "the timeline index, listed with its size");
        assertEquals(List.of("release"), listing(temp), "no staging folder is left beside the release");
    }

    @Test
    @DisplayName("that fails (a shape violation found while dumps are written) leaves no folder, staged or final")
    void failingBuildLeavesNothing() throws IOException {
        Path sources = Files.createDirectory(temp.resolve("sources"));
        SourceTreeCopy.of(sources).write("data/broken.ttl", """
            @prefix pcg: <vocab#> .
            <id/event/python10> pcg:inSeries <id/series/pycon> .
            """);
        Path releases = Files.createDirectory(temp.resolve("releases"));
        CommandRun run = CommandRun.of("build", "--sources", sources.toString(), "--out",
            releases.resolve("r1").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("SHACL violation"), run.err());
        assertEquals(List.of(), listing(releases));
    }

    @Test
    @DisplayName("never replaces an existing folder")
    void neverOverwrites() throws IOException {
        Path out = Files.createDirectory(temp.resolve("release"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        CommandRun run = CommandRun.of("build", "--sources", ".", "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: " + out + " exists"), run.err());
        assertEquals(List.of("keep.txt"), listing(out));
        assertEquals(List.of("release"), listing(temp));
    }

    @Test
    @DisplayName("makes a release that export --release copies as the same bytes export makes from the sources")
    void exportFromRelease() throws IOException {
        Path out = temp.resolve("release");
        assertEquals(0, CommandRun.of("build", "--sources", ".", "--base", BASE, "--out", out.toString()).exitCode());
        CommandRun fromRelease = CommandRun.of("export", "--release", out.toString(), "--out", temp.resolve("a").toString());
        assertEquals(0, fromRelease.exitCode(), fromRelease.err());
        assertEquals(0, CommandRun.of("export", "--sources", ".", "--base", BASE, "--out", temp.resolve("b").toString())
            .exitCode());
        assertEquals(listing(temp.resolve("b")), listing(temp.resolve("a")));
        for (String name : listing(temp.resolve("b")))
            assertArrayEquals(Files.readAllBytes(temp.resolve("b").resolve(name)),
                Files.readAllBytes(temp.resolve("a").resolve(name)), name);
    }

    @Test
    @DisplayName("refuses to serve a folder that is not a release, with exit code 2")
    void serveRefusesNonRelease() throws IOException {
        Path notARelease = Files.createDirectory(temp.resolve("empty"));
        CommandRun run = CommandRun.of("serve", "--port", String.valueOf(RunningServer.freePort()), "--release",
            notARelease.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("not a release folder"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String sha256(byte[] bytes) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    @Test
    @DisplayName("stopped by SIGTERM while it builds, leaves neither the release nor its hidden staging folder")
    void aStoppedBuildLeavesNothing() throws Exception {
        Path out = temp.resolve("release");
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), Main.class.getName(),
            "build", "--sources", ".", "--base", BASE, "--out", out.toString())
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (entries(temp).isEmpty()) {
                assertTrue(build.isAlive() && System.nanoTime() < deadline, "the build began its staging folder");
                Thread.sleep(10);
            }
            assertTrue(build.isAlive(), "still building when signalled");
            build.destroy();
            assertTrue(build.waitFor(30, TimeUnit.SECONDS), "the build stopped");
            assertEquals(List.of(), entries(temp), "what the stopped build left");
        } finally {
            build.destroyForcibly();
        }
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
