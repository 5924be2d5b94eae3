package org.pyconfgraph.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.pyconfgraph.format.RdfFormat;
import org.pyconfgraph.format.RdfFormats;
import org.pyconfgraph.format.RdfWriters;

/** Serializes a release's content graphs into the dump files we publish. */
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

    /** @param content the content graphs only (the metadata graph describes the dumps and is not in them) */
    public List<Dump> write(DatasetGraph content) {
        // Each writer only reads the content; in parallel they cut the start-up of a server by a few hundred ms.
        return SPECS.parallelStream().map(spec -> dump(spec, content)).toList();
    }

    private Dump dump(Spec spec, DatasetGraph content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = spec.gzip() ? new GZIPOutputStream(bytes) : bytes) {
            writers.write(content, spec.format(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Dump(spec.format(), spec.fileName(), bytes.toByteArray(), spec.gzip());
    }
}
