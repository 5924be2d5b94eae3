package org.pyconfgraph.publish.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.BROWSER_ACCEPT;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.assertStatus;
import static org.pyconfgraph.testing.Http.header;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.links;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.mediaType;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("A thing's IRI (/id/…)")
class ThingTest {
    private static final String THING = "id/event/python10";
    private static final RunningServer server = RunningServer.shared();

    @ParameterizedTest(name = "Accept: {0} → .{1}")
    @CsvSource(delimiter = '|', value = {
        "text/html | html",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | html",
        "*/* | html",
        "text/turtle | ttl",
        "application/ld+json | jsonld",
        "application/n-triples | nt",
        "application/rdf+xml | rdf",
        "text/turtle;q=0.5, application/ld+json | jsonld",
        "text/html;q=0.1, text/turtle;q=0.9 | ttl",
        "*/*;q=0.1, application/rdf+xml | rdf"})
    @DisplayName("answers 303 See Other to its document in the format the client prefers")
    void seeOther(String accept, String extension) {
        HttpResponse<String> response = server.get(THING, "Accept", accept);
        assertStatus(303, response);
        assertEquals(server.url("doc/event/python10." + extension), header(response, "Location"));
        assertTrue(header(response, "Vary").contains("Accept"));
        assertEquals("", response.body());
    }

    @ParameterizedTest(name = "Accept: {0}")
    @MethodSource("alternativeMediaTypes")
    @DisplayName("answers 303 to its document for every media type Jena registers for a document format")
    void seeOtherForEveryRegisteredMediaType(String accept, String extension) {
        HttpResponse<String> response = server.get(THING, "Accept", accept);
        assertStatus(303, response);
        assertEquals(server.url("doc/event/python10." + extension), header(response, "Location"));
    }

    /** Each media type Jena's registry gives a document format, with the extension of that format's document. */
    static Stream<Arguments> alternativeMediaTypes() {
        return Variant.ALL.stream().filter(v -> !v.isHtml())
            .flatMap(v -> v.rdf().mediaTypes().stream().map(type -> Arguments.of(type, v.extension())));
    }

    @Test
    @DisplayName("takes application/turtle, text/n3 and text/plain for Turtle, Turtle and N-Triples, as Jena does")
    void knownAlternatives() {
        assertEquals(server.url("doc/event/python10.ttl"), header(server.get(THING, "Accept", "application/turtle"), "Location"));
        assertEquals(server.url("doc/event/python10.ttl"), header(server.get(THING, "Accept", "text/n3"), "Location"));
        assertEquals(server.url("doc/event/python10.nt"), header(server.get(THING, "Accept", "text/plain"), "Location"));
    }

    @Test
    @DisplayName("sends a client that sends no Accept header to the HTML page")
    void noAccept() {
        HttpResponse<String> response = RunningServer.send(HttpRequest.newBuilder(URI.create(server.url(THING))).build());
        assertStatus(303, response);
        assertEquals(server.url("doc/event/python10.html"), header(response, "Location"));
    }

    @Test
    @DisplayName("names every document describing it in Link rel=describedby, with its media type")
    void describedBy() {
        Map<String, String> describedBy = links(server.get(THING, "Accept", "text/turtle"), "describedby");
        assertEquals(Map.of(
            server.url("doc/event/python10.html"), "text/html",
            server.url("doc/event/python10.ttl"), "text/turtle",
            server.url("doc/event/python10.jsonld"), "application/ld+json",
            server.url("doc/event/python10.nt"), "application/n-triples",
            server.url("doc/event/python10.rdf"), "application/rdf+xml"), describedBy);
    }

    @Test
    @DisplayName("carries validators of the release, one per target format, and answers a conditional request with 304")
    void conditional() {
        HttpResponse<String> turtle = server.get(THING, "Accept", "text/turtle");
        String etag = header(turtle, "ETag");
        assertTrue(etag.contains(server.context().release().id()), etag);
        assertNotEquals(etag, header(server.get(THING, "Accept", "text/html"), "ETag"));
        assertNotNull(header(turtle, "Last-Modified"));
        assertEquals(LinkedDataServlet.CACHE_CONTROL, header(turtle, "Cache-Control"));
        assertStatus(304, server.get(THING, "Accept", "text/turtle", "If-None-Match", etag));
        assertStatus(304, server.get(THING, "Accept", "text/turtle", "If-Modified-Since", header(turtle, "Last-Modified")));
        assertStatus(303, server.get(THING, "Accept", "text/turtle", "If-None-Match", "\"another-release-ttl\""));
    }

    @Test
    @DisplayName("is answered 404, never 303, when the data does not mention it: a page for browsers, text for others")
    void unknown() {
        HttpResponse<String> page = server.get("id/event/python99", "Accept", BROWSER_ACCEPT);
        assertStatus(404, page);
        assertEquals("text/html", mediaType(page));
        assertTrue(page.body().contains("/id/event/python99"), page.body());
        HttpResponse<String> text = server.get("id/event/python99", "Accept", "text/turtle");
        assertStatus(404, text);
        assertEquals("text/plain", mediaType(text));
        for (String path : new String[] {"id/", "id/event", "id/event/python10/", "id/event/python10.ttl"})
            assertStatus(404, server.get(path, "Accept", "text/turtle"));
    }

    @Test
    @DisplayName("is answered 406 naming every offered media type when the client accepts none of them")
    void notAcceptable() {
        HttpResponse<String> response = server.get(THING, "Accept", "image/png");
        assertStatus(406, response);
        assertTrue(header(response, "Vary").contains("Accept"));
        for (Variant variant : Variant.ALL)
            for (String type : variant.mediaTypes()) assertTrue(response.body().contains(type), response.body());
        for (String type : List.of("application/turtle", "text/n3", "text/plain"))
            assertTrue(response.body().contains(type), response.body());
        assertStatus(406, server.get(THING, "Accept", "text/turtle;q=0, image/png"));
    }

    @Test
    @DisplayName("answers HEAD as GET, without a body")
    void head() {
        HttpResponse<String> response = RunningServer.send(HttpRequest.newBuilder(URI.create(server.url(THING)))
            .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", "text/turtle").build());
        assertStatus(303, response);
        assertEquals(server.url("doc/event/python10.ttl"), header(response, "Location"));
    }

    @Test
    @DisplayName("dereferences for every IRI of our space that is a subject in the data, to a document mentioning it")
    void everySubjectDereferences() {
        Set<String> subjects = new TreeSet<>();
        server.context().release().dataset().getUnionGraph().find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(server.base())) subjects.add(t.getSubject().getURI());
        });
        assertTrue(subjects.size() > 50, "subjects: " + subjects.size());
        for (String subject : subjects) {
            String url = subject.contains("#") ? subject.substring(0, subject.indexOf('#')) : subject;
            HttpResponse<String> first = server.get(url, "Accept", "text/turtle");
            assertStatus(303, first);
            HttpResponse<String> document = server.get(header(first, "Location"), "Accept", "text/turtle");
            assertStatus(200, document);
            Graph graph = LinkedDataRequests.graph(document);
            Node node = NodeFactory.createURI(subject);
            assertTrue(graph.contains(node, Node.ANY, Node.ANY), subject + " is not described by " + document.uri());
        }
    }

    @Test
    @DisplayName("has hash IRIs described in its document: a venue's #address in the venue's")
    void hashIris() {
        Graph document = LinkedDataRequests.graph(LinkedDataRequests.dereference(server, "id/place/alexandria-va", "text/turtle"));
        Node address = NodeFactory.createURI(server.url("id/place/alexandria-va#address"));
        assertFalse(document.find(address, Node.ANY, Node.ANY).toList().isEmpty());
    }
}
