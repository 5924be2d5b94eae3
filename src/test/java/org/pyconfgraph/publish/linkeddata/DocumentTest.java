package org.pyconfgraph.publish.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.assertStatus;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.graph;
import static org.pyconfgraph.testing.Http.header;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.links;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.mediaType;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyconfgraph.publish.http.ReleaseValidators;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.FactsGraph;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("A thing's document (/doc/…)")
class DocumentTest {
    private static final String DOCUMENT = "doc/event/python10";
    private static RunningServer server;
    private static FactsGraph ids;

    @BeforeAll
    static void start() {
        server = RunningServer.shared();
        ids = new FactsGraph(null, server.context().iris());
    }

    static Stream<Variant> variants() { return Variant.ALL.stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    @DisplayName("is negotiated at its generic URL, naming the variant sent in Content-Location")
    void negotiated(Variant variant) {
        HttpResponse<String> response = server.get(DOCUMENT, "Accept", variant.mediaType());
        assertStatus(200, response);
        assertEquals(variant.mediaType(), mediaType(response));
        assertEquals(server.url(DOCUMENT + "." + variant.extension()), header(response, "Content-Location"));
        assertTrue(header(response, "Vary").contains("Accept"));
        assertValidators(response, variant);
        assertLinks(response, variant);
    }

    static Stream<Arguments> registeredMediaTypes() {
        return Variant.ALL.stream().flatMap(v -> v.mediaTypes().stream().map(type -> Arguments.of(type, v)));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @MethodSource("registeredMediaTypes")
    @DisplayName("is negotiated by every media type Jena registers for a format, and sent as that format's own type")
    void negotiatedByAlternatives(String accept, Variant variant) {
        HttpResponse<String> response = server.get(DOCUMENT, "Accept", accept);
        assertStatus(200, response);
        assertEquals(variant.contentType().split(";")[0], mediaType(response));
        assertEquals(server.url(DOCUMENT + "." + variant.extension()), header(response, "Content-Location"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    @DisplayName("is served in one format at the URL with that format's extension, whatever the client accepts")
    void fixed(Variant variant) {
        HttpResponse<String> response = server.get(DOCUMENT + "." + variant.extension(), "Accept", "image/png");
        assertStatus(200, response);
        assertEquals(variant.mediaType(), mediaType(response));
        assertNull(header(response, "Content-Location"));
        assertFalse(varyTokens(response).contains("accept"), "does not vary by Accept");
        assertValidators(response, variant);
        assertLinks(response, variant);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"event/python10", "place/alexandria-va", "series/ipc", "org/foretec", "claim/ipc-held-annually-by-foretec",
                            "topic/python", "dataset"})
    @DisplayName("carries the same triples in Turtle, JSON-LD, N-Triples and RDF/XML")
    void sameTriples(String path) {
        Graph turtle = graph(server.get("doc/" + path + ".ttl"));
        assertTrue(turtle.size() > 5, path + ": " + turtle.size());
        for (String extension : new String[] {"jsonld", "nt", "rdf"}) {
            Graph other = graph(server.get("doc/" + path + "." + extension));
            assertTrue(turtle.isIsomorphicWith(other), path + "." + extension + " differs from the Turtle");
        }
    }

    @Test
    @DisplayName("describes the topic, the links to it and the labels of the resources it mentions")
    void content() {
        FactsGraph document = new FactsGraph(graph(server.get(DOCUMENT + ".ttl")), server.context().iris());
        Node python10 = ids.thing("event/python10");
        assertTrue(document.has(python10, ids.term("startDate"), FactsGraph.typed("2002-02-04", XSDDatatype.XSDdate)));
        assertTrue(document.has(python10, FactsGraph.schema("startDate"), FactsGraph.typed("2002-02-04", XSDDatatype.XSDdate)),
            "the inferred schema.org statements are part of the description");
        assertTrue(document.has(ids.thing("event/python9"), ids.term("succeededBy"), python10), "incoming link");
        assertTrue(document.has(ids.thing("place/alexandria-va"), FactsGraph.rdfs("label"), FactsGraph.en("Alexandria, VA")),
            "label of a linked resource");
        assertTrue(document.has(ids.term("Event"), FactsGraph.rdfs("label"), FactsGraph.en("Event")), "label of its type");
        assertFalse(document.objects(FactsGraph.iri(server.context().iris().dataset()), FactsGraph.dcterms("title")).isEmpty(),
            "the title of the dataset that links to it as an example resource");
        assertFalse(document.has(ids.thing("place/alexandria-va"), ids.term("locality"), Node.ANY),
            "the linked resource's own description stays in its document");
    }

    @Test
    @DisplayName("says what it is: its primary topic, dataset, licence, source and modification date")
    void metadata() {
        FactsGraph document = new FactsGraph(graph(server.get(DOCUMENT + ".ttl")), server.context().iris());
        Node self = FactsGraph.iri(server.url(DOCUMENT));
        assertTrue(document.has(self, FactsGraph.iri(Vocabularies.FOAF + "primaryTopic"), ids.thing("event/python10")));
        assertTrue(document.has(self, FactsGraph.iri(Vocabularies.VOID + "inDataset"), FactsGraph.iri(server.context().iris().dataset())));
        assertTrue(document.has(self, FactsGraph.dcterms("license"), FactsGraph.iri("https://creativecommons.org/publicdomain/zero/1.0/")));
        assertTrue(document.has(self, FactsGraph.dcterms("source"), FactsGraph.iri(Vocabularies.SOURCE_PAGE)));
        assertTrue(document.has(self, FactsGraph.dcterms("modified"), FactsGraph.typed("2026-11-25", XSDDatatype.XSDdate)));
    }

    @Test
    @DisplayName("answers 304 to If-None-Match with its ETag and to If-Modified-Since the release date; 200 otherwise")
    void conditional() {
        HttpResponse<String> first = server.get(DOCUMENT + ".ttl");
        String etag = header(first, "ETag");
        String lastModified = header(first, "Last-Modified");
        HttpResponse<String> byTag = server.get(DOCUMENT + ".ttl", "If-None-Match", etag);
        assertStatus(304, byTag);
        assertEquals("", byTag.body());
        assertEquals(etag, header(byTag, "ETag"));
        assertStatus(304, server.get(DOCUMENT + ".ttl", "If-Modified-Since", lastModified));
        assertStatus(304, server.get(DOCUMENT, "Accept", "text/turtle", "If-None-Match", etag));
        assertStatus(200, server.get(DOCUMENT + ".ttl", "If-None-Match", "\"0-ttl\""));
        String dayBefore = DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusDays(1).withZoneSameInstant(ZoneOffset.UTC));
        assertStatus(200, server.get(DOCUMENT + ".ttl", "If-Modified-Since", dayBefore));
    }

    @Test
    @DisplayName("answers HEAD with GET's headers and no body")
    void head() {
        HttpResponse<String> get = server.get(DOCUMENT + ".html");
        HttpResponse<String> head = RunningServer.send(HttpRequest.newBuilder(URI.create(server.url(DOCUMENT + ".html")))
            .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertStatus(200, head);
        assertEquals("", head.body());
        assertEquals(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length), header(head, "Content-Length"));
        for (String name : new String[] {"Content-Type", "ETag", "Last-Modified", "Cache-Control"})
            assertEquals(header(get, name), header(head, name), name);
        assertEquals(get.headers().allValues("Link"), head.headers().allValues("Link"));
    }

    @Test
    @DisplayName("is answered 404 for a thing the data does not mention or a format not offered, 406 for nothing acceptable")
    void errors() {
        assertStatus(404, server.get("doc/event/python99"));
        assertStatus(404, server.get("doc/event/python99.ttl"));
        assertStatus(404, server.get(DOCUMENT + ".xml"));
        assertStatus(404, server.get("doc/id/event/python10"));
        assertStatus(406, server.get(DOCUMENT, "Accept", "application/pdf"));
    }

    @Test
    @DisplayName("is read-only: other methods are answered 405 naming the allowed ones")
    void readOnly() {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> response = RunningServer.send(HttpRequest.newBuilder(URI.create(server.url(DOCUMENT)))
                .method(method, HttpRequest.BodyPublishers.ofString("x")).build());
            assertStatus(405, response);
            assertEquals("GET, HEAD, OPTIONS", header(response, "Allow"), method);
        }
        HttpResponse<String> options = RunningServer.send(HttpRequest.newBuilder(URI.create(server.url("id/event/python10")))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertStatus(200, options);
        assertEquals("GET, HEAD, OPTIONS", header(options, "Allow"));
    }

    private static void assertValidators(HttpResponse<String> response, Variant variant) {
        assertEquals(ReleaseValidators.etag(server.context().release(), variant.extension()), header(response, "ETag"));
        assertTrue(header(response, "Last-Modified").endsWith("GMT"));
        assertEquals("public, max-age=300", header(response, "Cache-Control"));
    }

    /** The other formats as alternates, and the dataset's licence. */
    private static void assertLinks(HttpResponse<String> response, Variant sent) {
        Map<String, String> expected = new HashMap<>();
        for (Variant other : Variant.ALL)
            if (other != sent) expected.put(server.url(DOCUMENT + "." + other.extension()), other.mediaType());
        assertEquals(expected, links(response, "alternate"));
        assertEquals(Map.of("https://creativecommons.org/publicdomain/zero/1.0/", ""), links(response, "license"));
    }

    private static Set<String> varyTokens(HttpResponse<String> response) {
        String vary = header(response, "Vary");
        return vary == null ? Set.of() : Arrays.stream(vary.split(","))
            .map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
