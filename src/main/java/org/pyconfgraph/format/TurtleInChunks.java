package org.pyconfgraph.format;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.io.output.StringBuilderWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.pyconfgraph.format.GraphSubjects.Subject;

/**
 * Jena's pretty Turtle of an ordered view, written a few thousand triples at a time. Jena's pretty writer lists a
 * graph three times (blank nodes, subjects, then each subject's triples); from a database each listing decodes
 * every term again. Here each subject's triples are read once, into a chunk held in memory that the pretty
 * writer then lists.
 * <p>
 * The pretty writer's output is its prefixes, a blank line, then one block per subject separated by blank lines;
 * without blank nodes each block depends on its subject's triples alone (blank nodes may be nested, labelled
 * and listed as collections across subjects). So chunks are written, their prefixes cut, and joined: the same
 * bytes as one write of the whole graph. A graph with a blank subject is written whole; from the first blank
 * node object on (it cannot be a subject, so only the subjects from there on mention it), the rest is written
 * whole.
 * <p>
 * The prefixes are fixed, so their header is written once, not per graph. A chunk is written into characters
 * held in memory and encoded at once: Jena's writer writes a character at a time, which a buffered stream
 * writer takes a lock for each time.
 */
final class TurtleInChunks {
    private static final int CHUNK_TRIPLES = 20_000;

    private final PrefixMapping prefixes;
    /** What the pretty writer gives for a graph without triples: the prefixes and a blank line, or nothing. */
    private final byte[] header;

    /** @param prefixes the prefixes of every graph this writes; they must not change */
    TurtleInChunks(PrefixMapping prefixes) {
        this.prefixes = prefixes;
        this.header = prettyBytes(new Chunk(prefixes));
    }

    /** @param view an ordered view ({@link OrderedViews#graph}) with this writer's prefixes */
    void write(Graph view, OutputStream out) {
        write(view, out, CHUNK_TRIPLES);
    }

    void write(Graph view, OutputStream out, int chunkTriples) {
        Chunk chunk = new Chunk(prefixes);
        boolean written = false;
        boolean first = true;
        for (Subject subject : OrderedViews.subjects(view)) {
            // Blank nodes sort before IRIs: a graph with a blank subject has one first.
            if (first && !subject.node().isURI()) {
                pretty(view, out);
                return;
            }
            first = false;
            List<Triple> triples = OrderedViews.triplesOf(view, subject);
            if (!subject.node().isURI()
                || triples.stream().anyMatch(t -> !t.getObject().isURI() && !t.getObject().isLiteral())) {
                written = flush(chunk, written, out);
                writeRest(OrderedViews.from(view, subject.node()), written, out);
                return;
            }
            chunk.add(subject.node(), triples);
            if (chunk.size() >= chunkTriples) {
                written = flush(chunk, written, out);
                chunk = new Chunk(prefixes);
            }
        }
        flush(chunk, written, out);
        if (first) write(out, header, 0);
    }

    private boolean flush(Chunk chunk, boolean written, OutputStream out) {
        if (chunk.isEmpty()) return written;
        appendBlocks(prettyBytes(chunk), written, out);
        return true;
    }

    /** Writes a part's blocks: the prefixes and blank line only before the first, a blank line before the others. */
    private void appendBlocks(byte[] part, boolean written, OutputStream out) {
        for (int i = 0; i < header.length; i++)
            if (part[i] != header[i]) throw new IllegalStateException("Turtle chunk without the expected prefixes");
        if (!written) {
            write(out, part, 0);
            return;
        }
        int blocks = header.length == 0 ? 0 : header.length + 1;
        write(out, new byte[] {'\n'}, 0);
        write(out, part, blocks);
    }

    /** Writes the rest of the graph in one go, streamed, its prefixes cut as for a chunk. */
    private void writeRest(Graph rest, boolean written, OutputStream out) {
        if (written) write(out, new byte[] {'\n'}, 0);
        int skip = !written || header.length == 0 ? 0 : header.length + 1;
        pretty(rest, new FilterOutputStream(out) {
            private int toSkip = skip;

            @Override
            public void write(int b) throws IOException {
                if (toSkip > 0) toSkip--;
                else out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                int skipped = Math.min(toSkip, length);
                toSkip -= skipped;
                if (length > skipped) out.write(bytes, offset + skipped, length - skipped);
            }
        });
    }

    private static void write(OutputStream out, byte[] bytes, int from) {
        try {
            out.write(bytes, from, bytes.length - from);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pretty(Graph graph, OutputStream out) {
        RDFWriter.source(graph).format(RDFFormat.TURTLE_PRETTY).output(out);
    }

    // Jena deprecates writing to a Writer for fear of another charset: these characters are encoded as UTF-8 here.
    @SuppressWarnings("deprecation")
    private static byte[] prettyBytes(Graph graph) {
        StringBuilderWriter characters = new StringBuilderWriter();
        RDFWriter.source(graph).format(RDFFormat.TURTLE_PRETTY).build().output(characters);
        return characters.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Some subjects' triples in order, answering finds as an ordered view does. */
    private static final class Chunk extends GraphBase {
        private final PrefixMapping prefixes;
        private final List<Triple> triples = new ArrayList<>();
        private final Map<Node, int[]> ranges = new HashMap<>();

        Chunk(PrefixMapping prefixes) {
            this.prefixes = prefixes;
        }

        void add(Node subject, List<Triple> sorted) {
            ranges.put(subject, new int[] {triples.size(), triples.size() + sorted.size()});
            triples.addAll(sorted);
        }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            Node s = pattern.getSubject();
            if (s.isConcrete() && !pattern.getPredicate().isConcrete() && !pattern.getObject().isConcrete()) {
                int[] range = ranges.get(s);
                return range == null ? WrappedIterator.emptyIterator()
                    : WrappedIterator.create(triples.subList(range[0], range[1]).iterator());
            }
            return WrappedIterator.create(triples.iterator()).filterKeep(pattern::matches);
        }

        @Override
        protected int graphBaseSize() { return triples.size(); }

        @Override
        public PrefixMapping getPrefixMapping() { return prefixes; }
    }
}
