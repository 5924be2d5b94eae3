package org.pyconfgraph.format;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.io.output.StringBuilderWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.pyconfgraph.format.GraphSubjects.Subject;

/**
 * One graph of Jena's pretty Turtle or TriG, written a few thousand triples at a time. Jena's pretty writers list a
 * graph three times (blank nodes, subjects, then each subject's triples); from a database each listing decodes
 * every term again. Here each subject's triples are read once, into a chunk held in memory that the pretty writer
 * then lists.
 * <p>
 * A pretty writer's output for a part of a graph is its {@code lead} (the prefixes, and a blank line after them if
 * there are any), an opening (TriG's graph name and brace), one block per subject separated by blank lines, and
 * a tail (TriG's closing brace). Without blank nodes each block depends on its subject's triples alone (blank nodes
 * may be nested, labelled and listed as collections across subjects and graphs). So chunks are written, their lead,
 * opening and tail cut, and joined: the same bytes as one write of the whole graph. From the first blank node on
 * (blank subjects sort first; a blank object cannot be the subject of a later one), the rest is written whole.
 */
final class PrettyInChunks {
    static final int CHUNK_TRIPLES = 20_000;

    /**
     * How a pretty writer writes a part of the graph: into bytes, or streamed. The part is a {@link Chunk} or an
     * ordered view of the graph from a subject on.
     */
    interface Rendering {
        byte[] bytes(Graph part);

        void stream(Graph part, OutputStream out);
    }

    /**
     * @param lead      what every rendering starts with
     * @param opening   whether an opening follows the lead, up to and including {@code " {\n"} (TriG's named graphs)
     * @param separator the blank line between two blocks
     * @param tail      what every rendering ends with
     */
    record Layout(byte[] lead, boolean opening, byte[] separator, byte[] tail) {}

    private static final byte[] OPENING_END = " {\n".getBytes(StandardCharsets.UTF_8);

    private final Rendering rendering;
    private final Layout layout;
    private final int chunkTriples;
    private final OutputStream out;
    /** The opening, once read from the first rendering; what a chunk's blocks follow. */
    private byte[] opening;
    private boolean anyBlock;

    private PrettyInChunks(Rendering rendering, Layout layout, int chunkTriples, OutputStream out) {
        this.rendering = rendering;
        this.layout = layout;
        this.chunkTriples = chunkTriples;
        this.out = out;
    }

    /**
     * Writes a graph's opening, blocks and tail, after {@code before}, unless it has no triples.
     *
     * @param view   an ordered view ({@link OrderedViews#graph}) with the rendering's prefixes
     * @param before what comes before the graph's opening (only written if the graph has triples)
     * @return whether the graph had triples
     */
    static boolean write(Graph view, Rendering rendering, Layout layout, byte[] before, OutputStream out,
                         int chunkTriples) {
        return new PrettyInChunks(rendering, layout, chunkTriples, out).write(view, before);
    }

    private boolean write(Graph view, byte[] before) {
        Chunk chunk = new Chunk(view.getPrefixMapping());
        boolean first = true;
        for (Subject subject : OrderedViews.subjects(view)) {
            // Blank nodes sort before IRIs: a graph with a blank subject has one first, and is written whole.
            if (first && !subject.node().isURI()) {
                writeRest(view, before);
                return true;
            }
            first = false;
            List<Triple> triples = OrderedViews.triplesOf(view, subject);
            if (triples.stream().anyMatch(t -> !t.getObject().isURI() && !t.getObject().isLiteral())) {
                flush(chunk, before);
                writeRest(OrderedViews.from(view, subject.node()), before);
                return true;
            }
            chunk.add(subject.node(), triples);
            if (chunk.size() >= chunkTriples) {
                flush(chunk, before);
                chunk = new Chunk(view.getPrefixMapping());
            }
        }
        flush(chunk, before);
        if (anyBlock) write(layout.tail(), 0, layout.tail().length);
        return anyBlock;
    }

    private void flush(Chunk chunk, byte[] before) {
        if (chunk.isEmpty()) return;
        byte[] part = rendering.bytes(chunk);
        if (opening == null) {
            opening = Arrays.copyOfRange(part, layout.lead().length, openingEnd(part));
            write(before, 0, before.length);
            write(opening, 0, opening.length);
        } else write(layout.separator(), 0, layout.separator().length);
        int from = layout.lead().length + opening.length;
        int to = part.length - layout.tail().length;
        if (!startsWith(part, layout.lead(), 0) || !startsWith(part, opening, layout.lead().length)
            || !startsWith(part, layout.tail(), to))
            throw new IllegalStateException("a pretty chunk without the expected lead, opening or tail");
        write(part, from, to - from);
        anyBlock = true;
    }

    /** Where the opening ends: after the lead, at the first {@code " {\n"}, or at once if there is none. */
    private int openingEnd(byte[] part) {
        int start = layout.lead().length;
        if (!layout.opening()) return start;
        for (int i = start; i + OPENING_END.length <= part.length; i++)
            if (startsWith(part, OPENING_END, i)) return i + OPENING_END.length;
        throw new IllegalStateException("a pretty chunk without its opening");
    }

    /** Writes the rest of the graph in one go, streamed: its lead cut, and its opening too if already written. */
    private void writeRest(Graph rest, byte[] before) {
        boolean continued = anyBlock;
        if (continued) write(layout.separator(), 0, layout.separator().length);
        else write(before, 0, before.length);
        int[] toSkip = {layout.lead().length};
        byte[] expectedOpening = continued && opening.length > 0 ? opening : null;
        rendering.stream(rest, new FilterOutputStream(out) {
            private final ByteArrayOutputStream skipped = new ByteArrayOutputStream();
            private boolean openingSkipped = expectedOpening == null;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                int n = Math.min(toSkip[0], length);
                toSkip[0] -= n;
                offset += n;
                length -= n;
                // The opening is cut by its bytes: a chunk's opening must be the rest's too.
                while (!openingSkipped && length > 0) {
                    skipped.write(bytes[offset++]);
                    length--;
                    if (skipped.size() == expectedOpening.length) {
                        if (!Arrays.equals(skipped.toByteArray(), expectedOpening))
                            throw new IllegalStateException("the rest of a graph without its chunks' opening");
                        openingSkipped = true;
                    }
                }
                if (length > 0) out.write(bytes, offset, length);
            }
        });
        anyBlock = true;
    }

    private void write(byte[] bytes, int from, int length) {
        try {
            out.write(bytes, from, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
        return at >= 0 && bytes.length - at >= prefix.length
            && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }

    /** Characters a pretty writer wrote into memory, as UTF-8. */
    static byte[] utf8(StringBuilderWriter characters) {
        return characters.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Some subjects' triples in order, answering finds as an ordered view does. */
    static final class Chunk extends GraphBase {
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
