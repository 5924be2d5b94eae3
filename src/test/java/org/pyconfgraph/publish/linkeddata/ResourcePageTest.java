package org.pyconfgraph.publish.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.publish.linkeddata.HostileFixture.PUBLIC_BASE;
import static org.pyconfgraph.publish.linkeddata.HostileFixture.local;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.BROWSER_ACCEPT;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.assertStatus;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("A resource's HTML page")
class ResourcePageTest {
    @TempDir static Path sources;
    private static RunningServer server;

    @BeforeAll static void start() { server = HostileFixture.start(sources); }

    @AfterAll static void stop() { server.close(); }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"event/python10", "place/alexandria-va", "dataset", "place/bogotá"})
    @DisplayName("shows every statement of the document in its tables, and embeds them all as Turtle")
    void everyStatement(String path) {
        Graph turtle = LinkedDataRequests.graph(server.get(local(server, "doc/" + path + ".ttl")));
        Document page = page("doc/" + path + ".html");
        assertTrue(turtle.isIsomorphicWith(HtmlStatements.read(page)), path + ": the tables differ from the Turtle");
        Element data = page.selectFirst("script[type=text/turtle]");
        Graph embedded = GraphFactory.createDefaultGraph();
        RDFParser.fromString(data.data(), Lang.TURTLE).parse(embedded);
        assertTrue(turtle.isIsomorphicWith(embedded), path + ": the embedded Turtle differs");
    }

    @Test
    @DisplayName("is titled with the label, links the types and the linked resources to their IRIs, shows literals typed")
    void presentation() {
        Document page = page("doc/event/python10.html");
        assertEquals("Python10", page.selectFirst("h1").text());
        assertTrue(page.title().startsWith("Python10"));
        Set<String> types = page.select("p.types a").stream().map(a -> a.attr("href")).collect(Collectors.toSet());
        assertEquals(Set.of(PUBLIC_BASE + "vocab#Event"), types, "schema.org types are in the folded projection");
        Element venue = page.selectFirst("td.o a[href=" + PUBLIC_BASE + "id/place/alexandria-va]");
        assertEquals("Alexandria, VA", venue.text(), "a linked resource is named by its label");
        Element start = page.selectFirst("td.o:has(span.literal:containsOwn(2002-02-04))");
        assertEquals(Vocabularies.XSD + "date", start.selectFirst("span.datatype a").attr("href"));
        assertEquals("en", page.selectFirst("span.literal:containsOwn(10th International Python Conference)").attr("lang"));
        assertFalse(page.select("table[data-object=" + PUBLIC_BASE + "id/event/python10] td.s a[href$=python9]").isEmpty(),
            "links here");
    }

    @Test
    @DisplayName("lists its other formats, as links and as rel=alternate in the head")
    void alternates() {
        Document page = page("doc/event/python10.html");
        List<String> head = page.select("head link[rel=alternate]").stream().map(l -> l.attr("type") + " " + l.attr("href")).toList();
        List<String> expected = Variant.ALL.stream().filter(v -> !v.isHtml())
            .map(v -> v.mediaType() + " " + PUBLIC_BASE + "doc/event/python10." + v.extension()).toList();
        assertEquals(expected, head);
        assertEquals(expected.size(), page.select("section.formats a").size());
    }

    @Test
    @DisplayName("embeds the schema.org description of the inferred graph as JSON-LD with schema.org's context")
    void schemaOrg() {
        Document page = page("doc/place/alexandria-va.html");
        Element script = page.selectFirst("script[type=application/ld+json]");
        JsonObject json = Json.createReader(new StringReader(script.data())).readObject();
        assertEquals(Vocabularies.SCHEMA_CONTEXT, json.getString("@context"));
        assertEquals(PUBLIC_BASE + "id/place/alexandria-va", json.getString("@id"));
        assertEquals("PostalAddress", json.getJsonObject("address").getString("@type"), "hash IRIs are embedded");
        assertTrue(schemaOrgStatements("id/place/alexandria-va").isIsomorphicWith(parseSchemaOrg(script.data())));
    }

    @Test
    @DisplayName("embeds in an event's schema.org description its place with the address, and its series by name")
    void schemaOrgEmbedsLinkedResources() {
        Element script = page("doc/event/python10.html").selectFirst("script[type=application/ld+json]");
        JsonObject json = Json.createReader(new StringReader(script.data())).readObject();
        JsonObject location = json.getJsonObject("location");
        assertEquals("Place", location.getString("@type"));
        assertEquals("Alexandria", location.getJsonObject("address").getString("addressLocality"));
        assertEquals("International Python Conference",
            json.getJsonObject("superEvent").getJsonObject("name").getString("@value"));
    }

    @Test
    @DisplayName("keeps hostile literals as text: no element is injected, the data blocks still parse to the same values")
    void hostileLiterals() {
        Document page = page(HostileFixture.PLACE_DOCUMENT + ".html");
        assertEquals(HostileFixture.SCRIPT_LABEL, page.selectFirst("h1").text());
        assertTrue(page.title().startsWith(HostileFixture.SCRIPT_LABEL));
        assertTrue(page.select("img").isEmpty(), "no injected image");
        assertTrue(page.select("[onerror]").isEmpty(), "no injected handler");
        List<String> scripts = page.select("script").stream().map(s -> s.attr("type")).toList();
        assertEquals(List.of("text/turtle", "application/ld+json"), scripts, "only the two data blocks");
        assertTrue(page.select("span.literal").stream().anyMatch(s -> s.wholeText().equals(HostileFixture.ATTRIBUTE_BREAKER)));

        Element jsonLd = page.selectFirst("script[type=application/ld+json]");
        assertFalse(jsonLd.data().contains("<"), "every < of the JSON is escaped");
        JsonObject json = Json.createReader(new StringReader(jsonLd.data())).readObject();
        assertEquals(HostileFixture.SCRIPT_LABEL, json.getJsonObject("name").getString("@value"));
        assertEquals(HostileFixture.COMMENT_OPENER, json.getJsonObject("address").getString("addressLocality"));
        assertTrue(schemaOrgStatements(HostileFixture.PLACE).isIsomorphicWith(parseSchemaOrg(jsonLd.data())));

        Element turtle = page.selectFirst("script[type=text/turtle]");
        assertFalse(turtle.data().toLowerCase().contains("</script"));
        assertFalse(turtle.data().contains("<!--"));
    }

    @Test
    @DisplayName("shows an IRI that is not a web address as code, never as a link")
    void scriptIri() {
        Document page = page(HostileFixture.PLACE_DOCUMENT + ".html");
        assertTrue(page.select("a[href^=javascript]").isEmpty());
        assertTrue(page.select("code.iri").stream().anyMatch(c -> c.wholeText().equals(HostileFixture.SCRIPT_IRI)));
    }

    @Test
    @DisplayName("gives each blank node and hash IRI a section that links to it land on")
    void sections() {
        Document page = page(HostileFixture.PLACE_DOCUMENT + ".html");
        for (Element link : page.select("a.bnode")) assertNotNull(page.getElementById(link.attr("href").substring(1)), link::toString);
        assertEquals(2, page.select("table[data-subject^=_:]").size(), "the note and the nested note");
        assertNotNull(page.getElementById("address"));
    }

    @Test
    @DisplayName("a 404 for a hostile path shows the path as text")
    void hostilePath() {
        String hostile = "id/%3C/script%3E%3Cscript%3Ealert(1)%3C/script%3E%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E";
        HttpResponse<String> response = server.get(local(server, hostile), "Accept", BROWSER_ACCEPT);
        assertStatus(404, response);
        Document page = Jsoup.parse(response.body());
        assertTrue(page.select("script").isEmpty());
        assertTrue(page.select("img").isEmpty());
        assertTrue(page.selectFirst("main p").text().contains("<script>alert(1)</script>\"><img src=x onerror=alert(1)>"),
            page.selectFirst("main p").text());
    }

    @Test
    @DisplayName("a resource without a schema.org description has no JSON-LD block")
    void noSchemaOrg() {
        assertNull(page("doc/dataset.html").selectFirst("script[type=application/ld+json]"));
    }

    private static Document page(String path) {
        HttpResponse<String> response = server.get(local(server, path), "Accept", BROWSER_ACCEPT);
        assertStatus(200, response);
        return Jsoup.parse(response.body());
    }

    /** The JSON-LD read with schema.org's terms, offline: the context URL replaced by what it maps them to. */
    private static Graph parseSchemaOrg(String json) {
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        JsonObject offline = Json.createObjectBuilder(object)
            .add("@context", Json.createObjectBuilder().add("@vocab", Vocabularies.SCHEMA)).build();
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(offline.toString(), Lang.JSONLD).parse(graph);
        return graph;
    }

    /**
     * The inferred graph's schema.org statements about a resource and its hash IRIs, and of those about the resources
     * it links to with schema.org properties (a place's wider place) and their hash IRIs, the ones whose value is a
     * literal, a type or a hash IRI of that resource: what it is, not what else it links to.
     */
    private static Graph schemaOrgStatements(String path) {
        String iri = PUBLIC_BASE + path;
        Node type = NodeFactory.createURI(Vocabularies.RDF + "type");
        Graph inferred = server.context().release().dataset().getGraph(NamedGraph.INFERRED.node(server.context().iris()));
        java.util.Set<String> linked = new java.util.HashSet<>();
        inferred.find(NodeFactory.createURI(iri), Node.ANY, Node.ANY)
            .filterKeep(t -> t.getObject().isURI() && !t.getPredicate().equals(type) && t.getPredicate().getURI().startsWith(Vocabularies.SCHEMA))
            .forEachRemaining(t -> linked.add(t.getObject().getURI()));
        Graph expected = GraphFactory.createDefaultGraph();
        inferred.find()
            .filterKeep(t -> t.getSubject().isURI()
                && (partOf(t.getSubject(), iri) || linked.stream().anyMatch(d -> partOf(t.getSubject(), d)
                    && (t.getObject().isLiteral() || t.getPredicate().equals(type) || t.getObject().isURI()
                        && t.getObject().getURI().startsWith(d + "#"))))
                && (t.getPredicate().getURI().startsWith(Vocabularies.SCHEMA)
                    || t.getPredicate().equals(type) && t.getObject().getURI().startsWith(Vocabularies.SCHEMA)))
            .forEachRemaining(expected::add);
        assertTrue(expected.size() > 3, path + ": " + expected.size());
        return expected;
    }

    /** Whether the IRI is the resource or one of its hash IRIs. */
    private static boolean partOf(Node node, String resource) {
        return node.getURI().equals(resource) || node.getURI().startsWith(resource + "#");
    }
}
