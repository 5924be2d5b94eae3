package org.pyconfgraph.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.apicatalog.jsonld.JsonLdError;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.load.JsonLdContextReader;
import org.pyconfgraph.testing.BundledRelease;

@DisplayName("JSON-LD compacted directly from the published context")
class DirectCompactionTest {
    private static final String CASES = "src/test/resources/fixtures/jsonld/compaction-cases.ttl";

    @Test
    @DisplayName("the bundled release's content is written as the same bytes as Titanium's node-by-node compaction")
    void bundledContentEqualsTitaniumsCompaction() throws Exception {
        Graph content = BundledRelease.release().dataset().getUnionGraph();
        assertTrue(content.size() > 10_000);
        assertEquals(titaniumNodeByNode(content, published()), direct(content, published()));
    }

    @Test
    @DisplayName("language tags, datatypes, IRIs in no prefix, blank nodes, lists, several values and @id terms: "
        + "the same bytes as Titanium's compaction, and read back by Jena as the same graph")
    void trickyCasesEqualTitaniumsCompactionAndReadBackIsomorphic() throws Exception {
        Graph cases = cases();
        JsonLdContext context = published();
        assertNotNull(DirectCompaction.of(JsonLdCompactWriter.activeContext(context)), "the published context is covered");
        String written = direct(cases, context);
        assertEquals(titaniumNodeByNode(cases, context), written);
        assertTrue(IsoMatcher.isomorphic(cases, read(written)), written);
        // The cases reach each form: a language map, a coerced datatype, a typed value, a reference object.
        assertTrue(written.contains("\"label\": {"), written);
        assertTrue(written.contains("\"@none\": \"no language\""), written);
        assertTrue(written.contains("\"ordinal\": \"3\""), written);
        assertTrue(written.contains("\"@type\": \"xsd:integer\""), written);
        assertTrue(written.contains("\"schema:about\": ["), written);
        assertTrue(written.contains("\"https://elsewhere.example/property\""), written);
        assertTrue(written.contains("\"@list\""), written);
    }

    @Test
    @DisplayName("terms that are sets, and language maps of sets, are written as arrays even for one value")
    void setContainersEqualTitaniumsCompaction() throws Exception {
        JsonObject document = published().document();
        var terms = Json.createObjectBuilder(document.getJsonObject("@context"))
            .add("sameAs", Json.createObjectBuilder().add("@id", "http://www.w3.org/2002/07/owl#sameAs")
                .add("@type", "@id").add("@container", "@set"))
            .add("altLabel", Json.createObjectBuilder().add("@id", "skos:altLabel")
                .add("@container", Json.createArrayBuilder().add("@language").add("@set")));
        JsonLdContext context = new JsonLdContext(Json.createObjectBuilder(document).add("@context", terms).build());
        assertNotNull(DirectCompaction.of(JsonLdCompactWriter.activeContext(context)));
        Graph cases = cases();
        String written = direct(cases, context);
        assertEquals(titaniumNodeByNode(cases, context), written);
        assertTrue(written.contains("\"sameAs\": ["), written);
        assertTrue(written.contains("\"altLabel\": {\n                \"en\": ["), written);
        assertTrue(IsoMatcher.isomorphic(cases, read(written)), written);
    }

    @Test
    @DisplayName("a context with a feature the direct compaction does not cover (@vocab) is left to Titanium")
    void uncoveredContextIsCompactedByTitanium() throws Exception {
        JsonObject document = published().document();
        var terms = Json.createObjectBuilder(document.getJsonObject("@context")).add("@vocab", "http://schema.org/");
        JsonLdContext context = new JsonLdContext(Json.createObjectBuilder(document).add("@context", terms).build());
        assertNull(DirectCompaction.of(JsonLdCompactWriter.activeContext(context)));
        Graph cases = cases();
        String written = direct(cases, context);
        assertEquals(titaniumNodeByNode(cases, context), written);
        assertTrue(IsoMatcher.isomorphic(cases, read(written)), written);
    }

    private static JsonLdContext published() {
        return JsonLdContextReader.read(BundledRelease.sources(), BundledRelease.iris());
    }

    private static Graph cases() {
        return RDFParser.source(CASES).base(BundledRelease.iris().base()).lang(Lang.TURTLE).toGraph();
    }

    private static Graph read(String jsonLd) {
        return RDFParser.fromString(jsonLd, Lang.JSONLD).toGraph();
    }

    private static String direct(Graph graph, JsonLdContext context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdCompactWriter.write(graph, context, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The writer as it was: Titanium expands and compacts each subject; one node is the document, more a @graph. */
    private static String titaniumNodeByNode(Graph graph, JsonLdContext context) throws JsonLdError {
        var active = JsonLdCompactWriter.activeContext(context);
        List<JsonObject> nodes = new ArrayList<>();
        for (GraphSubjects.Subject subject : OrderedViews.subjectsById(graph)) {
            List<Triple> triples = OrderedViews.triplesOf(graph, subject);
            JsonObject node = JsonLdCompactWriter.compact(triples, active);
            if (node != null) nodes.add(node);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(out, StandardCharsets.UTF_8);
        json.writeStartObject();
        json.write("@context", context.value());
        if (nodes.size() == 1) nodes.get(0).forEach((key, value) -> {
            if (!key.equals("@context")) json.write(key, value);
        });
        else if (nodes.size() > 1) {
            json.writeStartArray("@graph");
            nodes.forEach(json::write);
            json.writeEnd();
        }
        json.writeEnd();
        json.flush();
        return out.toString(StandardCharsets.UTF_8) + "\n";
    }
}
