package org.pyconfgraph.publish.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.publish.linkeddata.HostileFixture.PUBLIC_BASE;
import static org.pyconfgraph.publish.linkeddata.HostileFixture.local;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.assertStatus;
import static org.pyconfgraph.testing.Http.header;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("Behind a proxy: URLs in headers")
class PublicBaseTest {
    @TempDir static Path sources;
    private static RunningServer server;

    @BeforeAll static void start() { server = HostileFixture.start(sources); }

    @AfterAll static void stop() { server.close(); }

    @Test
    @DisplayName("Location, Link and Content-Location use the public base, not the address the server is bound to")
    void publicBase() {
        HttpResponse<String> seeOther = server.get(local(server, "id/event/python10"), "Accept", "text/turtle");
        assertStatus(303, seeOther);
        assertEquals(PUBLIC_BASE + "doc/event/python10.ttl", header(seeOther, "Location"));
        assertTrue(LinkedDataRequests.links(seeOther, "describedby").keySet().stream().allMatch(u -> u.startsWith(PUBLIC_BASE)));
        HttpResponse<String> document = server.get(local(server, "doc/event/python10"), "Accept", "text/turtle");
        assertEquals(PUBLIC_BASE + "doc/event/python10.ttl", header(document, "Content-Location"));
        assertTrue(LinkedDataRequests.links(document, "alternate").keySet().stream().allMatch(u -> u.startsWith(PUBLIC_BASE)));
        assertStatus(303, server.get(local(server, "vocab"), "Accept", "text/turtle"));
        assertEquals(PUBLIC_BASE + "vocab.ttl", header(server.get(local(server, "vocab"), "Accept", "text/turtle"), "Location"));
    }

    @Test
    @DisplayName("a non-ASCII IRI dereferences, and every URL naming it in a header is percent-encoded")
    void percentEncoded() {
        HttpResponse<String> seeOther = server.get(local(server, HostileFixture.PLACE), "Accept", "text/turtle");
        assertStatus(303, seeOther);
        assertEquals(PUBLIC_BASE + "doc/place/bogot%C3%A1.ttl", header(seeOther, "Location"));
        assertTrue(LinkedDataRequests.links(seeOther, "describedby").containsKey(PUBLIC_BASE + "doc/place/bogot%C3%A1.html"));

        HttpResponse<String> document = server.get(local(server, HostileFixture.PLACE_DOCUMENT), "Accept", "text/turtle");
        assertStatus(200, document);
        assertEquals(PUBLIC_BASE + "doc/place/bogot%C3%A1.ttl", header(document, "Content-Location"));
        assertTrue(LinkedDataRequests.links(document, "alternate").containsKey(PUBLIC_BASE + "doc/place/bogot%C3%A1.jsonld"));
        for (var header : document.headers().map().entrySet())
            for (String value : header.getValue())
                assertTrue(value.chars().allMatch(c -> c < 128), header.getKey() + ": " + value);

        Graph graph = LinkedDataRequests.graph(document);
        assertTrue(graph.contains(NodeFactory.createURI(PUBLIC_BASE + "doc/place/bogotá"),
            NodeFactory.createURI(Vocabularies.FOAF + "primaryTopic"), NodeFactory.createURI(PUBLIC_BASE + HostileFixture.PLACE)),
            "the data keeps the IRI itself");
    }
}
