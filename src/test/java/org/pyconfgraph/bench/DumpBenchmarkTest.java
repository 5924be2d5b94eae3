package org.pyconfgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.release.ReleaseFolder;
import org.pyconfgraph.testing.BundledRelease;

@DisplayName("bench --dumps")
class DumpBenchmarkTest {

    @Test
    @DisplayName("times every writer of a built release beside Jena's, finds the five dumps' bytes unchanged, and "
        + "leaves the release's database as it was")
    void timesTheWritersAndChecksTheBytes(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("release");
        ReleaseFolder.build(BundledRelease.sources(), IriSpace.of("http://127.0.0.1:8080/"), folder);
        long databaseBytes = size(folder.resolve("tdb2"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new DumpBenchmark(new PrintStream(printed, true, StandardCharsets.UTF_8)).run(folder);
        String report = printed.toString(StandardCharsets.UTF_8);
        for (String writer : new String[] {"Turtle", "N-Triples", "N-Quads", "TriG", "JSON-LD"})
            assertTrue(report.contains("  " + writer + " "), writer + " timed:\n" + report);
        assertEquals(5, report.split("same bytes", -1).length - 1, report);
        assertFalse(report.contains("DIFFERENT"), report);
        assertEquals(databaseBytes, size(folder.resolve("tdb2")), "the benchmark works on a copy");
    }

    private static long size(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
