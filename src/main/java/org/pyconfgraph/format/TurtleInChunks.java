package org.pyconfgraph.format;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 */
final class TurtleInChunks {
    private static final int CHUNK_TRIPLES = 20_000;

    private TurtleInChunks() {}

    /** @param view an ordered view ({@link OrderedViews#graph}) */
    static void write(Graph view, PrefixMapping prefixes, OutputStream out) {
        write(view, prefixes, out, CHUNK_TRIPLES);
    }

    static void write(Graph view, PrefixMapping prefixes, OutputStream out, int chunkTriples) {
        byte[] header = prettyBytes(new Chunk(prefixes));
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
                written = flush(chunk, header, written, out);
                writeRest(OrderedViews.from(view, subject.node()), header, written, out);
                return;
            }
            chunk.add(subject.node(), triples);
            if (chunk.size() >= chunkTriples) {
                written = flush(chunk, header, written, out);
                chunk = new Chunk(prefixes);
            }
        }
        flush(chunk, header, written, out);
        if (first) write(out, header, 0);
    }

    private static boolean flush(Chunk chunk, byte[] header, boolean written, OutputStream out) {
        if (chunk.isEmpty()) return written;
        appendBlocks(prettyBytes(chunk), header, written, out);
        return true;
    }

    /** Writes a part's blocks: the prefixes and blank line only before the first, a blank line before the others. */
    private static void appendBlocks(byte[] part, byte[] header, boolean written, OutputStream out) {
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
    private static void writeRest(Graph rest, byte[] header, boolean written, OutputStream out) {
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

    private static byte[] prettyBytes(Graph graph) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pretty(graph, bytes);
        return bytes.toByteArray();
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
