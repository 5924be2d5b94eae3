package org.pyconfgraph.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.commons.io.output.StringBuilderWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;

/**
 * Jena's pretty Turtle of an ordered view, written a few thousand triples at a time ({@link PrettyInChunks}): the
 * prefixes, a blank line if there are any, then the graph's blocks; a graph without triples is its prefixes alone.
 * <p>
 * The prefixes are fixed, so their header is written once, not per graph. A chunk is written into characters
 * held in memory and encoded at once: Jena's writer writes a character at a time, which a buffered stream
 * writer takes a lock for each time.
 */
final class TurtleInChunks {
    private static final byte[] NEWLINE = {'\n'};

    /** The prefixes, as the pretty writer writes them for a graph without triples. */
    private final byte[] prefixes;
    private final PrettyInChunks.Layout layout;

    /** @param prefixes the prefixes of every graph this writes; they must not change */
    TurtleInChunks(PrefixMapping prefixes) {
        this.prefixes = RENDERING.bytes(new PrettyInChunks.Chunk(prefixes));
        this.layout = new PrettyInChunks.Layout(lead(this.prefixes), false, NEWLINE, new byte[0]);
    }

    /** What a pretty writer's graph or dataset starts with: the prefixes, and a blank line after them if any. */
    static byte[] lead(byte[] prefixes) {
        if (prefixes.length == 0) return prefixes;
        byte[] lead = Arrays.copyOf(prefixes, prefixes.length + 1);
        lead[prefixes.length] = '\n';
        return lead;
    }

    /** @param view an ordered view ({@link OrderedViews#graph}) with this writer's prefixes */
    void write(Graph view, OutputStream out) {
        write(view, out, PrettyInChunks.CHUNK_TRIPLES);
    }

    void write(Graph view, OutputStream out, int chunkTriples) {
        if (PrettyInChunks.write(view, RENDERING, layout, layout.lead(), out, chunkTriples)) return;
        try {
            out.write(prefixes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final PrettyInChunks.Rendering RENDERING = new PrettyInChunks.Rendering() {
        // Jena deprecates writing to a Writer for fear of another charset: these characters are encoded as UTF-8.
        @SuppressWarnings("deprecation")
        @Override
        public byte[] bytes(Graph part) {
            StringBuilderWriter characters = new StringBuilderWriter();
            RDFWriter.source(part).format(RDFFormat.TURTLE_PRETTY).build().output(characters);
            return PrettyInChunks.utf8(characters);
        }

        @Override
        public void stream(Graph part, OutputStream out) {
            RDFWriter.source(part).format(RDFFormat.TURTLE_PRETTY).output(out);
        }
    };
}
