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

    @Test
    @DisplayName("gives the stream writer's bytes for literals with languages, datatypes, long and non-ASCII text, "
        + "and IRIs that need escapes, graph after graph from one writer")
    void trickyTermsGiveTheStreamWritersBytes() {
        String base = BundledRelease.iris().base() + "id/";
        Graph tricky = GraphFactory.createDefaultGraph();
        var subject = NodeFactory.createURI(base + "tricky");
        var label = RDFS.label.asNode();
        tricky.add(Triple.create(subject, label, NodeFactory.createLiteralLang("Gr\u00fc\u00dfe, \u201cquoted\u201d", "de")));
        tricky.add(Triple.create(subject, label, NodeFactory.createLiteralLang("\u65e5\u672c\u8a9e \ud83d\udc0d", "ja-Jpan")));
        tricky.add(Triple.create(subject, RDFS.comment.asNode(),
            NodeFactory.createLiteralString("line one\nline \"two\"\t\\ and a long one: " + "x".repeat(5000))));
        tricky.add(Triple.create(subject, RDFS.comment.asNode(), NodeFactory.createLiteralDT("2024-05-17",
            org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
        tricky.add(Triple.create(subject, RDFS.comment.asNode(), NodeFactory.createLiteralDT("42",
            org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        tricky.add(Triple.create(subject, RDFS.comment.asNode(), NodeFactory.createLiteralDT("odd",
            NodeFactory.getType("http://example.org/dt#odd type"))));
        tricky.add(Triple.create(subject, RDFS.seeAlso.asNode(), NodeFactory.createURI(base + "with space/and{braces}")));
        tricky.add(Triple.create(subject, RDFS.seeAlso.asNode(), NodeFactory.createURI(base + "caf\u00e9#frag")));
        tricky.add(Triple.create(NodeFactory.createURI(base + "a%20b"), label, NodeFactory.createLiteralString("</script>")));
        TurtleInChunks writer = new TurtleInChunks(PREFIXES);
        for (Graph graph : new Graph[] {tricky, BundledRelease.release().dataset().getUnionGraph(), tricky}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(OrderedViews.graph(graph, PREFIXES), out, 3);
            assertEquals(whole(graph, PREFIXES), out.toString(StandardCharsets.UTF_8));
        }
    }

    private static String whole(Graph graph, PrefixMapping prefixes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(OrderedViews.graph(graph, prefixes)).format(RDFFormat.TURTLE_PRETTY).output(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String chunked(Graph graph, PrefixMapping prefixes, int chunkTriples) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TurtleInChunks(prefixes).write(OrderedViews.graph(graph, prefixes), out, chunkTriples);
        return out.toString(StandardCharsets.UTF_8);
    }
}
