package org.pyconfgraph.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.BundledRelease;

@DisplayName("Turtle written a chunk of subjects at a time")
class TurtleInChunksTest {
    private static final PrefixMapping PREFIXES = Vocabularies.prefixes(BundledRelease.iris());

    @Test
    @DisplayName("is the bytes Jena's pretty writer gives for the whole graph, whatever the chunk size")
    void chunksJoinIntoTheWholeGraphsTurtle() {
        Graph content = BundledRelease.release().dataset().getUnionGraph();
        String whole = whole(content, PREFIXES);
        for (int chunk : new int[] {1, 7, 1000, 1_000_000}) assertEquals(whole, chunked(content, PREFIXES, chunk));
        assertEquals(whole(content, PrefixMapping.Factory.create()), chunked(content, PrefixMapping.Factory.create(), 50),
            "without prefixes");
        assertEquals(whole(GraphFactory.createDefaultGraph(), PREFIXES),
            chunked(GraphFactory.createDefaultGraph(), PREFIXES, 10), "an empty graph is its prefixes");
    }

    @Test
    @DisplayName("with blank nodes as objects from some subject on, or as subjects, is still the whole graph's bytes")
    void blankNodesGiveTheWholeGraphsTurtle() {
        Graph content = GraphFactory.createDefaultGraph();
        BundledRelease.release().dataset().getUnionGraph().find().forEachRemaining(content::add);
        var shared = NodeFactory.createBlankNode();
        var single = NodeFactory.createBlankNode();
        var late = NodeFactory.createURI(BundledRelease.iris().base() + "id/zz-late");
        content.add(Triple.create(late, RDFS.seeAlso.asNode(), shared));
        content.add(Triple.create(NodeFactory.createURI(BundledRelease.iris().base() + "id/zz-later"),
            RDFS.seeAlso.asNode(), shared));
        content.add(Triple.create(late, RDFS.comment.asNode(), single));
        String whole = whole(content, PREFIXES);
        assertTrue(whole.contains("_:"), "a blank node used twice is labelled");
        assertEquals(whole, chunked(content, PREFIXES, 100));

        content.add(Triple.create(single, RDFS.label.asNode(), NodeFactory.createLiteralString("blank subject")));
        assertEquals(whole(content, PREFIXES), chunked(content, PREFIXES, 100));
    }

    private static String whole(Graph graph, PrefixMapping prefixes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(OrderedViews.graph(graph, prefixes)).format(RDFFormat.TURTLE_PRETTY).output(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String chunked(Graph graph, PrefixMapping prefixes, int chunkTriples) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TurtleInChunks.write(OrderedViews.graph(graph, prefixes), prefixes, out, chunkTriples);
        return out.toString(StandardCharsets.UTF_8);
    }
}
