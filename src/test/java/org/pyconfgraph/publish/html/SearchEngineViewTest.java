package org.pyconfgraph.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.RunningServer;

/**
 * Every event page read as a search engine reads it: the JSON-LD embedded in the page, expanded with schema.org's
 * own published context, must say only what the event's RDF document says, in the same schema.org namespace.
 * <p>
 * schema.org's context is a local copy from a package registry, never fetched at test time: npm's {@code json-ld}
 * 0.1.0 ships one ({@code lib/known-contexts.js}, as published by schema.org when the package was made; no
 * package on Maven Central, npm or Debian was found with a current copy). The build fetches it into
 * {@code target/npm} (src/test/npm/fetch-packages.sh); without it this test is skipped. That copy is schema.org's
 * context for {@code http://schema.org};
 * schema.org serves the same mapping (every term into {@code http://schema.org/}) for its https URL, which pages
 * name, so the loader answers both with it.
 */
@DisplayName("Event pages as a search engine reads them")
class SearchEngineViewTest {
    private static final Path SCHEMA_ORG_CONTEXT = Path.of("target/npm/json-ld/lib/known-contexts.js");
    private static final Set<String> SCHEMA_ORG_CONTEXT_URLS =
        Set.of("http://schema.org", "http://schema.org/", "https://schema.org", "https://schema.org/");

    private static RunningServer server;
    private static JsonDocument schemaOrgContext;

    @BeforeAll
    static void readSchemaOrgContext() throws IOException, JsonLdError {
        assumeTrue(Files.isRegularFile(SCHEMA_ORG_CONTEXT), "needs schema.org's JSON-LD context from the npm package "
            + "json-ld 0.1.0 at " + SCHEMA_ORG_CONTEXT + " (the build fetches it with npm: src/test/npm/fetch-packages.sh)");
        String script = Files.readString(SCHEMA_ORG_CONTEXT, StandardCharsets.UTF_8);
        // exports["http://schema.org/"] = exports["http://schema.org"] = { "@context": { … } };
        JsonObject context = Json.createReader(new StringReader(
            script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1))).readObject();
        assertEquals(Vocabularies.SCHEMA, context.getJsonObject("@context").getString("@vocab"),
            "schema.org's context maps its terms into " + Vocabularies.SCHEMA);
        schemaOrgContext = JsonDocument.of(context);
        server = RunningServer.shared();
    }

    /** Every pcg:Event of the data, tracks included, by the URL of its document. */
    static Stream<String> events() {
        RunningServer running = RunningServer.shared();
        List<String> events = new ArrayList<>();
        try (RDFLink link = RDFLink.connect(running.context().store().localDataset().orElseThrow())) {
            link.query(QueryFactory.create("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT DISTINCT ?event { ?event a/rdfs:subClassOf* <" + running.url("vocab#Event") + "> } "
                + "ORDER BY ?event")).select()
                .forEachRemaining(row -> events.add(row.get("event").getURI()));
        }
        assertFalse(events.isEmpty());
        return events.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    @DisplayName("embeds JSON-LD that, expanded with schema.org's context, is a subset of the event's RDF document")
    void embeddedJsonLdIsASubsetOfTheDocument(String event) throws JsonLdError {
        String stem = server.url(IriSpace.DOCUMENT_PATH + server.context().iris().relativePath(event)
            .substring(IriSpace.THING_PATH.length()));
        HttpResponse<String> page = server.get(stem + ".html");
        assertEquals(200, page.statusCode());
        List<Element> scripts = Jsoup.parse(page.body()).select("script[type=application/ld+json]");
        assertEquals(1, scripts.size(), "one JSON-LD description per page");

        Graph embedded = JenaTitanium.convert(JsonLd.toRdf(JsonDocument.of(
                new StringReader(scripts.get(0).data()))).loader(schemaOrgOnly()).get()).getDefaultGraph();
        Graph document = GraphFactory.createDefaultGraph();
        RDFParser.fromString(server.get(stem + ".ttl").body(), Lang.TURTLE).parse(document);

        assertTrue(embedded.contains(NodeFactory.createURI(event), NodeFactory.createURI(Vocabularies.RDF + "type"),
            NodeFactory.createURI(Vocabularies.SCHEMA + "Event")), "the page says the event is a schema:Event");
        List<Triple> extra = embedded.find().filterDrop(document::contains).toList();
        assertTrue(extra.isEmpty(), () -> "the page says what the RDF document does not: " + extra);
        assertNoHttpsSchemaOrg(embedded);
        assertNoHttpsSchemaOrg(document);
    }

    /** Loads schema.org's context, from the local copy, and nothing else. */
    private static DocumentLoader schemaOrgOnly() {
        return (URI url, DocumentLoaderOptions options) -> {
            if (SCHEMA_ORG_CONTEXT_URLS.contains(url.toString())) return schemaOrgContext;
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "not loaded in a test: " + url);
        };
    }

    static void assertNoHttpsSchemaOrg(Graph graph) {
        graph.find().forEach(t -> {
            for (Node node : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                String iri = node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralDatatypeURI() : "";
                assertFalse(iri != null && iri.startsWith("https://schema.org"), () -> "https schema.org IRI in " + t);
            }
        });
    }
}
