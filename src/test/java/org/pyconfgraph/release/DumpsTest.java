package org.pyconfgraph.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;

class DumpsTest {
    private static final IriSpace IRIS = IriSpace.of("https://pyconf.example.org/");
    private static final List<NamedGraph> CONTENT = List.of(NamedGraph.ONTOLOGY, NamedGraph.FACTS, NamedGraph.INFERRED);

    private static Release release;

    @BeforeAll
    static void build() {
        release = build(IRIS);
    }

    @Test
    void aReleaseHasTheFiveDumps() {
        assertEquals(List.of("pyconf-graph.ttl", "pyconf-graph.jsonld", "pyconf-graph.nt.gz", "pyconf-graph.nq.gz",
            "pyconf-graph.trig"), release.dumps().stream().map(Dump::fileName).toList());
    }

    @Test
    void eachTripleDumpHoldsTheUnionOfTheContentGraphs() {
        Graph union = GraphFactory.createDefaultGraph();
        Txn.executeRead(release.dataset(), () -> CONTENT.forEach(g -> GraphUtil.addInto(union, contentGraph(g))));
        assertTrue(union.size() > 800, "the union holds the data");
        for (Dump dump : release.dumps()) {
            if (dump.format().quads()) continue;
            Graph parsed = RDFParser.source(bodyOf(dump)).lang(dump.format().lang()).toGraph();
            assertTrue(union.isIsomorphicWith(parsed), dump.fileName() + " differs from the store");
        }
    }

    @Test
    void eachQuadDumpHoldsEveryContentGraphByNameAndNotTheMetadata() {
        Set<Node> contentNames = CONTENT.stream().map(g -> g.node(IRIS)).collect(Collectors.toSet());
        for (Dump dump : release.dumps()) {
            if (!dump.format().quads()) continue;
            DatasetGraph parsed = RDFParser.source(bodyOf(dump)).lang(dump.format().lang()).toDatasetGraph();
            Set<Node> names = Set.copyOf(Iter.toList(parsed.listGraphNodes()));
            assertEquals(contentNames, names, dump.fileName());
            assertTrue(parsed.getDefaultGraph().isEmpty(), dump.fileName() + " has no default graph");
            for (NamedGraph g : CONTENT) {
                Graph stored = Txn.calculateRead(release.dataset(), () -> copy(contentGraph(g)));
                assertTrue(stored.isIsomorphicWith(parsed.getGraph(g.node(IRIS))), dump.fileName() + " " + g);
            }
        }
    }

    @Test
    void theJsonLdDumpEmbedsThePublishedContextAndUsesItsShortTerms() {
        Dump dump = release.dump("pyconf-graph.jsonld").orElseThrow();
        JsonObject document = Json.createReader(new StringReader(new String(dump.bytes(), StandardCharsets.UTF_8)))
            .readObject();

        assertEquals(release.writers().context().value(), document.get("@context"));
        JsonObject python10 = document.getJsonArray("@graph").getValuesAs(JsonObject.class).stream()
            .filter(n -> n.getString("@id").equals("id:event/python10")).findFirst().orElseThrow();
        assertEquals("id:series/ipc", python10.getString("inSeries"));
        assertEquals("id:event/ipc11", python10.getString("succeededBy"));
        assertEquals("Python10", python10.getJsonObject("label").getString("en"));
        assertTrue(python10.containsKey("schema:superEvent"), "schema.org statements keep their compact IRIs");
    }

    @Test
    void everyDumpIsTheSameBytesOnAnotherBuildOfTheSameSources() {
        Release again = build(IRIS);
        for (Dump dump : release.dumps())
            assertArrayEquals(dump.bytes(), again.dump(dump.fileName()).orElseThrow().bytes(), dump.fileName());
    }

    private static Release build(IriSpace iris) {
        return new ReleaseBuilder(SourceTree.directory(Path.of(".")), iris).build();
    }

    private static Graph contentGraph(NamedGraph g) {
        return release.dataset().getGraph(g.node(IRIS));
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(copy, graph);
        return copy;
    }

    private static InputStream bodyOf(Dump dump) {
        try {
            InputStream bytes = new ByteArrayInputStream(dump.bytes());
            return dump.gzipped() ? new GZIPInputStream(bytes) : bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
