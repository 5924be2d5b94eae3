package org.pyconfgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.release.Dump;
import org.pyconfgraph.release.ReleaseBuilder;

class ExportCommandTest {
    private static final String BASE = "https://pyconf.example.org/";

    @TempDir Path temp;

    @Test
    void writesTheReleaseDumpsAndChecksumsTrueOfThem() throws Exception {
        Path out = temp.resolve("dumps");

        CommandRun run = CommandRun.of("export", "--sources", ".", "--base", BASE, "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("SHA256SUMS", "pyconf-graph.jsonld", "pyconf-graph.nq.gz", "pyconf-graph.nt.gz",
            "pyconf-graph.trig", "pyconf-graph.ttl"), listing(out));
        List<String> sums = Files.readAllLines(out.resolve("SHA256SUMS"));
        assertEquals(5, sums.size());
        for (String line : sums) {
            String[] checksumAndName = line.split("  ", 2);
            byte[] file = Files.readAllBytes(out.resolve(checksumAndName[1]));
            assertEquals(sha256(file), checksumAndName[0], checksumAndName[1]);
            assertTrue(run.out().contains(checksumAndName[1]) && run.out().contains(file.length + " bytes")
                && run.out().contains(checksumAndName[0]), "the output reports " + checksumAndName[1]);
        }
    }

    @Test
    void theFilesAreTheBytesTheReleaseServes() throws IOException {
        Path out = temp.resolve("dumps");
        assertEquals(0, CommandRun.of("export", "--sources", ".", "--base", BASE, "--out", out.toString()).exitCode());

        List<Dump> served = new ReleaseBuilder(SourceTree.directory(Path.of(".")), IriSpace.of(BASE)).build().dumps();
        for (Dump dump : served) assertArrayEquals(dump.bytes(), Files.readAllBytes(out.resolve(dump.fileName())));
    }

    @Test
    void anOutputThatIsARegularFileIsAnErrorThatLeavesNothingBehind() throws IOException {
        Path file = Files.writeString(temp.resolve("dumps"), "not a folder");

        CommandRun run = CommandRun.of("export", "--sources", ".", "--out", file.toString());

        assertEquals(2, run.exitCode());
        assertEquals("error: cannot export the dumps to " + file + ": " + file + " exists and is not a folder",
            run.err().strip());
        assertFalse(run.err().contains("\tat "), "no stack trace");
        assertEquals(List.of("dumps"), listing(temp), "no partial or temporary file");
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void explainsItselfOnHelp() {
        CommandRun run = CommandRun.of("export", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--out=DIR") && run.out().contains("SHA256SUMS"), run.out());
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
