package org.pyconfgraph.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.format.RdfFormats;

class DumpExporterTest {
    private static final List<Dump> DUMPS = List.of(
        dump("pyconf-graph.ttl", 1), dump("pyconf-graph.jsonld", 2), dump("pyconf-graph.trig", 3));

    @TempDir Path folder;

    @Test
    void writesEveryDumpAndAChecksumFileTrueOfTheFiles() throws IOException {
        List<DumpExporter.ExportedFile> written = new DumpExporter().export(DUMPS, folder.resolve("new/dumps"));

        Path out = folder.resolve("new/dumps");
        assertEquals(List.of("pyconf-graph.ttl", "pyconf-graph.jsonld", "pyconf-graph.trig", "SHA256SUMS"),
            written.stream().map(DumpExporter.ExportedFile::name).toList());
        for (Dump dump : DUMPS) assertArrayEquals(dump.bytes(), Files.readAllBytes(out.resolve(dump.fileName())));
        List<String> lines = Files.readAllLines(out.resolve("SHA256SUMS"));
        assertEquals(DUMPS.size(), lines.size());
        for (String line : lines) {
            assertTrue(line.matches("[0-9a-f]{64}  [^ ]+"), line);
            String name = line.substring(66);
            assertEquals(Dump.sha256(Files.readAllBytes(out.resolve(name))), line.substring(0, 64), name);
        }
        assertEquals(List.of("SHA256SUMS", "pyconf-graph.jsonld", "pyconf-graph.trig", "pyconf-graph.ttl"), listing(out),
            "no temporary file is left");
    }

    @Test
    void aWriteThatFailsPartWayLeavesTheFolderAsItWas() throws IOException {
        Files.writeString(folder.resolve("pyconf-graph.ttl"), "an earlier export");
        List<Long> partialSizesSeen = new ArrayList<>();
        int[] writes = {0};
        DumpExporter failingOnSecondFile = new DumpExporter((out, in) -> {
            byte[] bytes = in.readAllBytes();
            if (++writes[0] < 2) {
                out.write(bytes);
                return;
            }
            out.write(bytes, 0, bytes.length / 2);
            partialSizesSeen.addAll(sizesOfTemporaryFiles());
            throw new IOException("No space left on device");
        });

        ExportException e = assertThrows(ExportException.class, () -> failingOnSecondFile.export(DUMPS, folder));

        assertTrue(partialSizesSeen.contains((long) DUMPS.get(1).bytes().length / 2),
            "the failure came half-way through a file");
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertEquals(List.of("pyconf-graph.ttl"), listing(folder), "no half file and no temporary file");
        assertEquals("an earlier export", Files.readString(folder.resolve("pyconf-graph.ttl")));
    }

    @Test
    void anExportRemovesTheTemporaryFilesOfAnExportKilledEarlierAndNothingElse() throws IOException {
        Files.createDirectories(folder);
        Path leftover = Files.writeString(folder.resolve(".pyconf-graph.ttl." + java.util.UUID.randomUUID() + ".part"), "half");
        Path unrelated = Files.writeString(folder.resolve(".notes.part"), "mine");

        new DumpExporter().export(DUMPS, folder);

        assertFalse(Files.exists(leftover), "the leftover temporary file is gone");
        assertTrue(Files.exists(unrelated), "a file the exporter did not write is kept");
    }

    @Test
    void anExportReplacesTheFilesOfAnEarlierOne() throws IOException {
        new DumpExporter().export(List.of(dump("pyconf-graph.ttl", 4)), folder);
        new DumpExporter().export(DUMPS, folder);

        assertArrayEquals(DUMPS.get(0).bytes(), Files.readAllBytes(folder.resolve("pyconf-graph.ttl")));
    }

    @Test
    void aFolderThatIsARegularFileIsReportedAndNothingIsWritten() throws IOException {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");

        ExportException e = assertThrows(ExportException.class, () -> new DumpExporter().export(DUMPS, file));

        assertTrue(e.getMessage().endsWith(file + " exists and is not a folder"), e.getMessage());
        assertEquals(List.of("not-a-folder"), listing(folder));
    }

    private List<Long> sizesOfTemporaryFiles() throws IOException {
        List<Long> sizes = new ArrayList<>();
        for (String name : listing(folder))
            if (name.endsWith(".part")) sizes.add(Files.size(folder.resolve(name)));
        return sizes;
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A dump of 64 KiB of seeded random bytes in a file of its own: only its bytes matter here. */
    private static Dump dump(String name, long seed) {
        byte[] bytes = new byte[64 * 1024];
        new Random(seed).nextBytes(bytes);
        try {
            Path file = Files.createTempDirectory("dump-exporter-test").resolve(name);
            Files.write(file, bytes);
            file.toFile().deleteOnExit();
            file.getParent().toFile().deleteOnExit();
            return new Dump(RdfFormats.TURTLE, name, file, bytes.length, Dump.sha256(bytes), false);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
