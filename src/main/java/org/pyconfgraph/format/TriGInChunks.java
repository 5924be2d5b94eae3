package org.pyconfgraph.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;

import org.apache.commons.io.output.StringBuilderWriter;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.WriterDatasetRIOT;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.writer.WriterConst;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * Jena's pretty TriG of an ordered dataset view, each graph written a few thousand triples at a time
 * ({@link PrettyInChunks}). Jena's TriG writer gives the prefixes, a blank line if there are any, the default graph
 * unbraced if it has triples, then each named graph braced, its lines indented, in the order of the set of names
 * it collects; a blank line between graphs. Each chunk is written by that writer as a dataset of the chunk's graph
 * alone: without blank nodes, nothing else of the dataset shows in its bytes. The rest of a graph from its first
 * blank node on is written by it too, with every other graph of the dataset visible to it (it labels a blank node
 * used in two graphs).
 * <p>
 * A dataset with an empty named graph, or one named by a blank node, is written whole by Jena's writer.
 */
final class TriGInChunks {
    private static final byte[] NEWLINE = {'\n'};

    /** The prefixes, as the pretty writer writes them for a dataset without triples. */
    private final byte[] prefixes;
    private final PrettyInChunks.Layout defaultGraph;
    private final PrettyInChunks.Layout namedGraph;

    /** @param prefixes the prefixes of every dataset this writes; they must not change */
    TriGInChunks(PrefixMapping prefixes) {
        DatasetGraph empty = OrderedViews.dataset(DatasetGraphFactory.create(), prefixes);
        this.prefixes = bytes(empty, new PrefixesForOutput(empty.prefixes()));
        byte[] lead = TurtleInChunks.lead(this.prefixes);
        this.defaultGraph = new PrettyInChunks.Layout(lead, false, NEWLINE, new byte[0]);
        byte[] blankLine = (" ".repeat(WriterConst.INDENT_GNMD) + "\n").getBytes(StandardCharsets.UTF_8);
        this.namedGraph = new PrettyInChunks.Layout(lead, true, blankLine, "}\n".getBytes(StandardCharsets.UTF_8));
    }

    /** @param view an ordered view ({@link OrderedViews#dataset}) with this writer's prefixes */
    void write(DatasetGraph view, OutputStream out) {
        write(view, out, PrettyInChunks.CHUNK_TRIPLES);
    }

    void write(DatasetGraph view, OutputStream out, int chunkTriples) {
        // The order Jena's TriG writer gives the named graphs in: that of the set it collects their names into.
        Set<Node> names = Iter.toSet(view.listGraphNodes());
        if (names.stream().anyMatch(name -> !name.isURI() || view.getGraph(name).isEmpty())) {
            RDFWriter.source(view).format(RDFFormat.TRIG_PRETTY).output(out);
            return;
        }
        PrefixMap forOutput = new PrefixesForOutput(view.prefixes());
        boolean any = PrettyInChunks.write(view.getDefaultGraph(), rendering(view, null, forOutput), defaultGraph,
            defaultGraph.lead(), out, chunkTriples);
        for (Node name : names)
            any |= PrettyInChunks.write(view.getGraph(name), rendering(view, name, forOutput), namedGraph,
                any ? NEWLINE : namedGraph.lead(), out, chunkTriples);
        if (any) return;
        try {
            out.write(prefixes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a part of one graph of the dataset (null: the default graph) as the dataset of that part alone, with
     * {@code prefixes} made of the view's prefixes as Jena's writer makes them, but made once.
     */
    private static PrettyInChunks.Rendering rendering(DatasetGraph view, Node name, PrefixMap prefixes) {
        return new PrettyInChunks.Rendering() {
            @Override
            public byte[] bytes(Graph part) { return TriGInChunks.bytes(new Part(view, name, part), prefixes); }

            @Override
            public void stream(Graph part, OutputStream out) {
                prettyTriG().write(out, new Part(view, name, part), prefixes, null, RIOT.getContext());
            }
        };
    }

    private static WriterDatasetRIOT prettyTriG() {
        return RDFWriterRegistry.getWriterDatasetFactory(RDFFormat.TRIG_PRETTY).create(RDFFormat.TRIG_PRETTY);
    }

    // Jena deprecates writing to a Writer for fear of another charset: these characters are encoded as UTF-8.
    @SuppressWarnings("deprecation")
    private static byte[] bytes(DatasetGraph dataset, PrefixMap prefixes) {
        StringBuilderWriter characters = new StringBuilderWriter();
        prettyTriG().write(characters, dataset, prefixes, null, RIOT.getContext());
        return PrettyInChunks.utf8(characters);
    }

    /**
     * A dataset view that lists one graph, a part of it, (or has it as its default graph) and answers every other
     * find from the whole dataset, as the TriG writer asks of blank nodes.
     */
    private static final class Part extends DatasetGraphWrapper {
        private final Node name;
        private final Graph part;

        Part(DatasetGraph whole, Node name, Graph part) {
            super(whole);
            this.name = name;
            this.part = part;
        }

        @Override
        public Iterator<Node> listGraphNodes() {
            return name == null ? Collections.emptyIterator() : Collections.singleton(name).iterator();
        }

        @Override
        public Graph getDefaultGraph() { return name == null ? part : Graph.emptyGraph; }

        @Override
        public Graph getGraph(Node graphNode) { return graphNode.equals(name) ? part : super.getGraph(graphNode); }

        @Override
        public boolean isEmpty() { return false; }
    }
}
