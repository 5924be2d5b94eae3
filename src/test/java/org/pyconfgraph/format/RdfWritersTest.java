package org.pyconfgraph.format;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;

import org.apache.jena.riot.Lang;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.Vocabularies;

class RdfWritersTest {
    private static final IriSpace IRIS = IriSpace.of("https://pyconf.example.org/");
    private static final String PCG = IRIS.vocabularyNamespace();
    private static final RdfWriters WRITERS = new RdfWriters(Vocabularies.prefixes(IRIS), new JsonLdContext(context()));

    static final List<RdfFormat> TRIPLE_FORMATS = RdfFormats.ALL.stream().filter(f -> !f.quads()).toList();
    static final List<RdfFormat> QUAD_FORMATS = RdfFormats.ALL.stream().filter(RdfFormat::quads).toList();

    @ParameterizedTest
    @FieldSource("QUAD_FORMATS")
    void aQuadFormatWritesTheSameBytesForTheSameContentWhateverOrderItWasAddedIn(RdfFormat format) {
        List<Quad> quads = sampleQuads();
        byte[] forwards = write(datasetOf(quads), format);
        byte[] backwards = write(datasetOf(reversed(quads)), format);
        assertArrayEquals(forwards, backwards);
        assertTrue(IsoMatcher.isomorphic(datasetOf(quads), parseDataset(forwards, format)));
    }

    @ParameterizedTest
    @FieldSource("TRIPLE_FORMATS")
    void aTripleFormatWritesTheSameBytesForTheSameContentWhateverOrderItWasAddedIn(RdfFormat format) {
        List<Quad> quads = sampleQuads();
        byte[] forwards = write(datasetOf(quads), format);
        byte[] backwards = write(datasetOf(reversed(quads)), format);
        assertArrayEquals(forwards, backwards);
        assertTrue(datasetOf(quads).getUnionGraph().isIsomorphicWith(parseGraph(forwards, format)),
            "a triple format holds the union of the named graphs");
    }

    @Test
    void jsonLdIsCompactedWithTheGivenContextAndEmbedsIt() {
        Graph graph = datasetOf(sampleQuads()).getUnionGraph();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITERS.write(graph, RdfFormats.JSONLD, out);

        JsonObject document = Json.createReader(new StringReader(out.toString())).readObject();
        assertEquals(WRITERS.context().value(), document.get("@context"));
        JsonObject first = document.getJsonArray("@graph").getJsonObject(0);
        assertEquals("ex:s00", first.getString("@id"));
        assertEquals("ex:o00", first.getString("link"), "an object property's term takes the IRI as a string");
    }

    @Test
    void jenasRegistryWritesJsonLdCompactedWithTheContextAWriteNamesOrTheThreadsScopeAndJenasOwnOtherwise() {
        Graph graph = datasetOf(sampleQuads()).getUnionGraph();
        JsonLdWriting.register();
        assertEquals(JsonLdWriting.COMPACTED, org.apache.jena.riot.RDFWriterRegistry.defaultSerialization(Lang.JSONLD));
        String named = org.apache.jena.riot.RDFWriter.source(graph).lang(Lang.JSONLD)
            .set(JsonLdWriting.CONTEXT, WRITERS.context()).asString();
        assertEquals(WRITERS.context().value(), Json.createReader(new StringReader(named)).readObject().get("@context"));
        String scoped;
        try (JsonLdWriting.Scope scope = JsonLdWriting.scope(WRITERS.context())) {
            scoped = org.apache.jena.riot.RDFWriter.source(graph).lang(Lang.JSONLD).asString();
        }
        assertEquals(named, scoped);
        String jenas = org.apache.jena.riot.RDFWriter.source(graph).lang(Lang.JSONLD).asString();
        assertNotEquals(WRITERS.context().value(), Json.createReader(new StringReader(jenas)).readObject().get("@context"));
        assertTrue(graph.isIsomorphicWith(parseGraph(jenas.getBytes(StandardCharsets.UTF_8), RdfFormats.JSONLD)));
    }

    @Test
    void aGraphCannotBeWrittenInAQuadFormat() {
        Graph graph = GraphFactory.createDefaultGraph();
        assertThrows(IllegalArgumentException.class,
            () -> WRITERS.write(graph, RdfFormats.NQUADS, new ByteArrayOutputStream()));
    }

    private static JsonObject context() {
        return Json.createObjectBuilder().add("@context", Json.createObjectBuilder()
            .add("ex", "http://example.org/")
            .add("pcg", PCG)
            .add("link", Json.createObjectBuilder().add("@id", "pcg:link").add("@type", "@id"))
            .add("label", Json.createObjectBuilder().add("@id", "rdfs:label").add("@container", "@language"))
            .add("rdfs", "http://www.w3.org/2000/01/rdf-schema#"))
            .build();
    }

    /** Three graphs of subjects with types, links, labels and typed values. */
    private static List<Quad> sampleQuads() {
        List<Quad> quads = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            Node graph = NodeFactory.createURI(IRIS.graph("g" + g));
            for (int i = 0; i < 40; i++) {
                Node s = NodeFactory.createURI("http://example.org/s" + g + i);
                quads.add(Quad.create(graph, s, RDF.Nodes.type, NodeFactory.createURI(PCG + "Thing" + (i % 3))));
                quads.add(Quad.create(graph, s, NodeFactory.createURI(PCG + "link"),
                    NodeFactory.createURI("http://example.org/o" + g + (i % 7))));
                quads.add(Quad.create(graph, s, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                    NodeFactory.createLiteralLang("thing " + i, i % 2 == 0 ? "en" : "fr")));
                quads.add(Quad.create(graph, s, NodeFactory.createURI(PCG + "value"),
                    NodeFactory.createLiteralDT(String.valueOf(i + 1), XSDDatatype.XSDpositiveInteger)));
            }
        }
        return quads;
    }

    private static List<Quad> reversed(List<Quad> quads) {
        List<Quad> copy = new ArrayList<>(quads);
        Collections.reverse(copy);
        return copy;
    }

    /** A general dataset answers finds in insertion order: a writer that relied on it would show it here. */
    private static DatasetGraph datasetOf(List<Quad> quads) {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        quads.forEach(dataset::add);
        return dataset;
    }

    private static byte[] write(DatasetGraph dataset, RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITERS.write(dataset, format, out);
        return out.toByteArray();
    }

    private static DatasetGraph parseDataset(byte[] bytes, RdfFormat format) {
        return RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.lang()).toDatasetGraph();
    }

    private static Graph parseGraph(byte[] bytes, RdfFormat format) {
        return RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.lang()).toGraph();
    }
}
