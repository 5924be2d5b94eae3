package org.pyconfgraph.release;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pyconfgraph.format.RdfFormat;
import org.pyconfgraph.format.RdfFormats;
import org.pyconfgraph.format.RdfWriters;

/**
 * Serializes a release's content graphs into the dump files we publish, streaming each into a file in a folder
 * and computing its size and checksum on the way, and writes their {@code SHA256SUMS} beside them.
 */
public final class DumpWriter {
    public static final String FILE_STEM = "pyconf-graph";

    private record Spec(RdfFormat format, boolean gzip) {
        String fileName() { return FILE_STEM + "." + format.extension() + (gzip ? ".gz" : ""); }
    }

    /** The release's dumps: line-based formats gzipped, the readable ones plain. */
    private static final List<Spec> SPECS = List.of(
        new Spec(RdfFormats.TURTLE, false),
        new Spec(RdfFormats.JSONLD, false),
        new Spec(RdfFormats.NTRIPLES, true),
        new Spec(RdfFormats.NQUADS, true),
        new Spec(RdfFormats.TRIG, false));

    private final RdfWriters writers;

    public DumpWriter(RdfWriters writers) {
        this.writers = writers;
    }

    /**
     * @param content the content graphs only (the metadata graph describes the dumps and is not in them)
     * @param folder  an existing folder, the release's own: files of the same names are replaced
     */
    public List<Dump> write(DatasetGraph content, Path folder) {
        // Each writer only reads the content; in parallel they cut the start-up of a server by a few hundred ms.
        List<CompletableFuture<Dump>> writing = SPECS.stream()
            .map(spec -> CompletableFuture.supplyAsync(() -> dump(spec, content, folder))).toList();
        // Every writer ends (and its read transaction with it) before a failure is reported, so that the caller can
        // close the database and the failure is not hidden by "active transactions".
        List<Dump> dumps = ReleaseBuilder.allJoined(writing);
        try {
            Files.write(folder.resolve(ChecksumsFile.NAME), ChecksumsFile.of(dumps));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dumps;
    }

    private Dump dump(Spec spec, DatasetGraph content, Path folder) {
        Path file = folder.resolve(spec.fileName());
        MessageDigest digest = Dump.sha256Digest();
        OutputStream digested;
        try {
            digested = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), digest);
            try (OutputStream out = spec.gzip() ? new GZIPOutputStream(digested, 1 << 16) : digested) {
                // A database is read inside a transaction of the writing thread.
                if (content.supportsTransactions()) Txn.executeRead(content, () -> writers.write(content, spec.format(), out));
                else writers.write(content, spec.format(), out);
            }
            return new Dump(spec.format(), spec.fileName(), file, Files.size(file),
                HexFormat.of().formatHex(digest.digest()), spec.gzip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
