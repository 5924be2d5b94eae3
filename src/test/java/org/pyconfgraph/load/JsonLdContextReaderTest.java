package org.pyconfgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyconfgraph.format.RdfFormats;
import org.pyconfgraph.format.RdfWriters;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.Vocabularies;

class JsonLdContextReaderTest {
    private static final SourceTree CHECKOUT = SourceTree.directory(Path.of("."));
    private static final IriSpace ANY_BASE = IriSpace.of("http://x.example/");

    /** One event of a series, with the kinds of values the data has: links, a reduced-precision date, labels. */
    private static final String SMALL_GRAPH = """
        @prefix pcg:  <vocab#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
        @prefix dcterms: <http://purl.org/dc/terms/> .
        <id/event/python4> a pcg:Event ;
            rdfs:label "Python4"@en ;
            pcg:inSeries <id/series/ipc> ;
            pcg:ordinal "4"^^xsd:positiveInteger ;
            pcg:startDate "1996-06"^^xsd:gYearMonth ;
            dcterms:source <https://wiki.python.org/moin/InternationalPythonConference> .
        <id/series/ipc> a pcg:Series ; rdfs:label "International Python Conference"@en ; pcg:heldAnnually true .
        <id/place/x> a pcg:Venue ; pcg:placeText "Livermore, CA" .
        """;

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/", "https://pyconf.example.org/"})
    void ourNamespacesResolveAgainstTheInstanceBase(String base) {
        JsonObject terms = JsonLdContextReader.read(CHECKOUT, IriSpace.of(base)).value().asJsonObject();

        assertEquals(base + "vocab#", terms.getString("pcg"));
        assertEquals(base + "id/", terms.getString("id"));
        assertEquals("pcg:Event", terms.getString("Event"), "compact IRIs are left to JSON-LD processing");
        assertEquals("http://schema.org/", terms.getString("schema"));
        assertEquals("@id", terms.getJsonObject("inSeries").getString("@type"), "keywords are kept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/", "https://pyconf.example.org/"})
    void aSmallGraphRoundTripsThroughJsonLdWithShortTermsUnderEachBase(String base) {
        IriSpace iris = IriSpace.of(base);
        Graph graph = RDFParser.fromString(SMALL_GRAPH, Lang.TURTLE).base(base).toGraph();
        RdfWriters writers = new RdfWriters(Vocabularies.prefixes(iris), JsonLdContextReader.read(CHECKOUT, iris));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writers.write(graph, RdfFormats.JSONLD, out);

        Graph parsed = RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.JSONLD).toGraph();
        assertTrue(graph.isIsomorphicWith(parsed), out::toString);
        JsonObject event = nodes(out).stream().filter(n -> n.getString("@id").equals("id:event/python4"))
            .findFirst().orElseThrow();
        assertEquals("Event", event.getString("@type"));
        assertEquals("id:series/ipc", event.getString("inSeries"));
        assertEquals("Python4", event.getJsonObject("label").getString("en"));
    }

    @Test
    void everyClassAndPropertyOfTheOntologyHasAShortTermNamedAfterIt() {
        IriSpace iris = IriSpace.of("https://pyconf.example.org/");
        Graph ontology = new RdfFileReader(CHECKOUT, iris).read(CHECKOUT.root().resolve("ontology/pyconf.ttl"));
        JsonObject terms = JsonLdContextReader.read(CHECKOUT, iris).value().asJsonObject();

        List<Node> defined = List.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode())
            .stream().flatMap(type -> ontology.find(Node.ANY, RDF.Nodes.type, type).toList().stream())
            .map(Triple::getSubject).distinct().toList();
        assertEquals(92, defined.size(), "19 classes and 73 properties");
        for (Node term : defined) {
            String localName = term.getURI().substring(iris.vocabularyNamespace().length());
            assertTrue(terms.containsKey(localName), localName + " has no term");
            assertEquals("pcg:" + localName, iriOf(terms.get(localName)), localName);
        }
    }

    @Test
    void noShortTermStandsForASchemaOrgTerm() {
        JsonObject terms = JsonLdContextReader.read(CHECKOUT, IriSpace.of("https://pyconf.example.org/"))
            .value().asJsonObject();
        terms.forEach((term, definition) -> {
            String iri = iriOf(definition);
            boolean schemaOrg = iri.startsWith("schema:") || iri.startsWith(Vocabularies.SCHEMA);
            assertTrue(term.equals("schema") || !schemaOrg, term + " would stand for a schema.org term");
        });
    }

    @Test
    void malformedJsonIsReportedWithFileLineAndColumn(@TempDir Path root) throws IOException {
        SourceTree tree = treeWithContext(root, "{\"@context\": {\n  \"pcg\": \"vocab#\",,\n}}");
        LoadException e = assertThrows(LoadException.class, () -> JsonLdContextReader.read(tree, ANY_BASE));
        assertTrue(e.getMessage().startsWith("ontology/context.jsonld:2:"), e.getMessage());
    }

    @Test
    void aContextThatJsonLdRejectsIsALoadError(@TempDir Path root) throws IOException {
        SourceTree tree = treeWithContext(root,
            "{\"@context\": {\"label\": {\"@id\": \"rdfs:label\", \"@container\": \"@nonsense\"}}}");
        LoadException e = assertThrows(LoadException.class, () -> JsonLdContextReader.read(tree, ANY_BASE));
        assertTrue(e.getMessage().startsWith("ontology/context.jsonld: not a usable JSON-LD context"), e.getMessage());
    }

    private static SourceTree treeWithContext(Path root, String json) throws IOException {
        Files.createDirectories(root.resolve("data"));
        Files.createDirectories(root.resolve("ontology"));
        Files.writeString(root.resolve("ontology/context.jsonld"), json);
        return SourceTree.directory(root);
    }

    private static String iriOf(JsonValue definition) {
        return definition instanceof JsonObject expanded
            ? expanded.getString("@id")
            : ((JsonString) definition).getString();
    }

    private static List<JsonObject> nodes(ByteArrayOutputStream jsonLd) {
        JsonObject document = Json.createReader(new StringReader(jsonLd.toString())).readObject();
        return document.getJsonArray("@graph").getValuesAs(JsonObject.class);
    }
}
