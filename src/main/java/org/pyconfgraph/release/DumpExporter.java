package org.pyconfgraph.release;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a release's dumps, and a {@code SHA256SUMS} file in the format {@code sha256sum -c} reads, into a folder.
 * The bytes are the release's own files, copied as they are, so they match what the server offers for download.
 * <p>
 * Every file is first written in full to a temporary file in the folder and flushed to disk; only when all are
 * written are they renamed into place, atomically, {@code SHA256SUMS} last. A failure while writing removes
 * the temporary files and leaves the folder as it was; no reader ever sees half a file. An export stopped by a
 * signal removes its temporary files as the JVM exits, and one killed outright leaves them for the next export
 * into the folder to remove.
 */
public final class DumpExporter {
    /** One file written: its name in the folder, size in bytes and SHA-256 checksum. */
    public record ExportedFile(String name, long byteSize, String sha256) {}

    /** How bytes reach an open file: the seam where tests make a write fail part-way. */
    @FunctionalInterface
    interface ContentWriter {
        void write(OutputStream out, InputStream in) throws IOException;
    }

    private record Staged(Path temporary, Path target, ExportedFile file) {}

    /** The temporary files this exporter writes: {@code .NAME.UUID.part}. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.part");

    /** Temporary files of exports under way, removed if the JVM exits first (SIGTERM, SIGINT). */
    private final Set<Path> unfinished = ConcurrentHashMap.newKeySet();

    private final ContentWriter writer;

    public DumpExporter() {
        this((out, in) -> in.transferTo(out));
    }

    DumpExporter(ContentWriter writer) {
        this.writer = writer;
    }

    /** @return the files written, in the order of the dumps, {@code SHA256SUMS} last */
    public List<ExportedFile> export(List<Dump> dumps, Path folder) {
        List<Staged> staged = new ArrayList<>();
        Thread cleanup = new Thread(() -> unfinished.forEach(DumpExporter::deleteQuietly), "export-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            Files.createDirectories(folder);
            removeLeftovers(folder);
            for (Dump dump : dumps)
                try (InputStream in = Files.newInputStream(dump.file())) {
                    staged.add(stage(folder, dump.fileName(), in, dump.byteSize(), dump.sha256()));
                }
            byte[] checksums = ChecksumsFile.of(dumps);
            staged.add(stage(folder, ChecksumsFile.NAME, new ByteArrayInputStream(checksums), checksums.length,
                Dump.sha256(checksums)));
            for (Staged file : staged) moveIntoPlace(file.temporary(), file.target());
            return staged.stream().map(Staged::file).toList();
        } catch (IOException e) {
            throw new ExportException("cannot export the dumps to " + folder + ": " + describe(e), e);
        } finally {
            staged.forEach(file -> deleteQuietly(file.temporary()));
            unfinished.clear();
            TemporaryFolder.removeHook(cleanup);
        }
    }

    /** Temporary files an export killed outright left behind. */
    private static void removeLeftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(file -> TEMPORARY.matcher(file.getFileName().toString()).matches())
                .forEach(DumpExporter::deleteQuietly);
        }
    }


    private Staged stage(Path folder, String name, InputStream content, long byteSize, String sha256)
        throws IOException {
        // A name of our own rather than createTempFile, whose owner-only permissions the dump would keep.
        Path temporary = folder.resolve("." + name + "." + UUID.randomUUID() + ".part");
        unfinished.add(temporary);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            writer.write(Channels.newOutputStream(channel), content);
            channel.force(true);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw e;
        }
        return new Staged(temporary, folder.resolve(name), new ExportedFile(name, byteSize, sha256));
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // The filesystem cannot rename atomically: replacing is the best it offers.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof FileAlreadyExistsException f) return f.getFile() + " exists and is not a folder";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException f) return "no such file or folder: " + f.getFile();
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getFile() + ": " + f.getReason();
        return e.getMessage();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The export has already failed or succeeded; a leftover temporary file is all this can cause.
        }
    }
}
