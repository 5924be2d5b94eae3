package org.pyconfgraph.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.BundledRelease;

@DisplayName("TriG written a chunk of subjects at a time")
class TriGInChunksTest {
    private static final PrefixMapping PREFIXES = Vocabularies.prefixes(BundledRelease.iris());
    private static final String BASE = BundledRelease.iris().base() + "id/";

    @Test
    @DisplayName("is the bytes Jena's pretty writer gives for the whole dataset, whatever the chunk size")
    void chunksJoinIntoTheWholeDatasetsTriG() {
        DatasetGraph content = copy(BundledRelease.release().dataset());
        String whole = whole(content, PREFIXES);
        assertTrue(whole.contains(" {\n"), "named graphs are braced");
        for (int chunk : new int[] {1, 7, 1000, 1_000_000}) assertEquals(whole, chunked(content, PREFIXES, chunk));
        assertEquals(whole(content, PrefixMapping.Factory.create()), chunked(content, PrefixMapping.Factory.create(), 50),
            "without prefixes");
        assertEquals(whole(DatasetGraphFactory.create(), PREFIXES), chunked(DatasetGraphFactory.create(), PREFIXES, 10),
            "an empty dataset is its prefixes");
    }

    @Test
    @DisplayName("of a TDB2 database, read from its indexes, is the bytes of the whole dataset")
    void tdb2DatabaseGivesTheWholeDatasetsTriG(@TempDir Path directory) {
        DatasetGraph database = DatabaseMgr.connectDatasetGraph(Location.create(directory));
        try {
            Txn.executeWrite(database, () -> BundledRelease.release().dataset().find().forEachRemaining(database::add));
            Txn.executeRead(database, () -> assertEquals(whole(database, PREFIXES), chunked(database, PREFIXES, 100)));
        } finally {
            TDBInternal.expel(database);
        }
    }

    @Test
    @DisplayName("with triples in the default graph, written first and unbraced, is the whole dataset's bytes")
    void defaultGraphGivesTheWholeDatasetsTriG() {
        DatasetGraph content = copy(BundledRelease.release().dataset());
        content.getGraph(content.listGraphNodes().next()).find()
            .forEachRemaining(t -> content.add(Quad.create(Quad.defaultGraphIRI, t)));
        String whole = whole(content, PREFIXES);
        assertTrue(!whole.startsWith("{") && whole.indexOf(" {\n") > 0, "the default graph before the named ones");
        assertEquals(whole, chunked(content, PREFIXES, 30));
        assertEquals(whole(content, PrefixMapping.Factory.create()), chunked(content, PrefixMapping.Factory.create(), 30));
    }

    @Test
    @DisplayName("with blank nodes as objects from some subject on, shared between graphs, or as subjects, is still "
        + "the whole dataset's bytes")
    void blankNodesGiveTheWholeDatasetsTriG() {
        DatasetGraph content = copy(BundledRelease.release().dataset());
        Node first = content.listGraphNodes().next();
        Node other = NodeFactory.createURI(BASE + "graph/other");
        Node shared = NodeFactory.createBlankNode();
        Node single = NodeFactory.createBlankNode();
        Node late = NodeFactory.createURI(BASE + "zz-late");
        content.add(first, late, RDFS.seeAlso.asNode(), shared);
        content.add(first, late, RDFS.comment.asNode(), single);
        content.add(other, NodeFactory.createURI(BASE + "a"), RDFS.seeAlso.asNode(), shared);
        content.add(other, NodeFactory.createURI(BASE + "b"), RDFS.label.asNode(), NodeFactory.createLiteralString("b"));
        String whole = whole(content, PREFIXES);
        assertTrue(whole.contains("_:"), "a blank node used in two graphs is labelled");
        assertTrue(whole.contains("[]"), "a blank node used once is nested: " + whole.substring(whole.indexOf("zz-late")));
        assertEquals(whole, chunked(content, PREFIXES, 100));
        assertEquals(whole, chunked(content, PREFIXES, 1));

        content.add(first, single, RDFS.label.asNode(), NodeFactory.createLiteralString("blank subject"));
        assertEquals(whole(content, PREFIXES), chunked(content, PREFIXES, 100));
    }

    @Test
    @DisplayName("of a dataset with an empty named graph is the whole dataset's bytes")
    void emptyNamedGraphGivesTheWholeDatasetsTriG() {
        DatasetGraph content = copy(BundledRelease.release().dataset());
        content.addGraph(NodeFactory.createURI(BASE + "graph/empty"), GraphFactory.createDefaultGraph());
        String whole = whole(content, PREFIXES);
        assertTrue(whole.contains("graph/empty> {\n}") || whole.contains("graph/empty {\n}"), whole.substring(0, 200));
        assertEquals(whole, chunked(content, PREFIXES, 100));
    }

    /** An in-memory dataset of the same quads, whose graphs can be added to. */
    private static DatasetGraph copy(DatasetGraph dataset) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        dataset.find().forEachRemaining(copy::add);
        return copy;
    }

    private static String whole(DatasetGraph dataset, PrefixMapping prefixes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetGraph view = OrderedViews.dataset(dataset, prefixes);
        try {
            RDFWriter.source(view).format(RDFFormat.TRIG_PRETTY).output(out);
        } finally {
            OrderedViews.close(view);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String chunked(DatasetGraph dataset, PrefixMapping prefixes, int chunkTriples) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetGraph view = OrderedViews.dataset(dataset, prefixes);
        try {
            new TriGInChunks(prefixes).write(view, out, chunkTriples);
        } finally {
            OrderedViews.close(view);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
