package org.pyconfgraph.publish.linkeddata;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.publish.linkeddata.HostileFixture.PUBLIC_BASE;
import static org.pyconfgraph.publish.linkeddata.HostileFixture.local;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.assertStatus;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("An IRI of our space that the data links to but does not describe")
class LinkedOnlyTest {
    @TempDir static Path sources;
    private static RunningServer server;

    @BeforeAll static void start() { server = HostileFixture.start(sources); }

    @AfterAll static void stop() { server.close(); }

    @Test
    @DisplayName("dereferences to a document holding the links to it")
    void linkedOnly() {
        var seeOther = server.get(local(server, HostileFixture.LINKED_ONLY), "Accept", "text/turtle");
        assertStatus(303, seeOther);
        String location = seeOther.headers().firstValue("Location").orElseThrow();
        Graph document = LinkedDataRequests.graph(server.get(local(server, location.substring(PUBLIC_BASE.length()))));
        Node place = NodeFactory.createURI(PUBLIC_BASE + HostileFixture.PLACE);
        assertTrue(document.contains(place, Node.ANY, NodeFactory.createURI(PUBLIC_BASE + HostileFixture.LINKED_ONLY)));
    }

    @Test
    @DisplayName("is answered 404 when only a hash IRI under it is linked to, as its document would say nothing")
    void linkedOnlyWithFragment() {
        String path = HostileFixture.LINKED_ONLY_WITH_FRAGMENT.substring(0, HostileFixture.LINKED_ONLY_WITH_FRAGMENT.indexOf('#'));
        assertStatus(404, server.get(local(server, path), "Accept", "text/turtle"));
        assertStatus(404, server.get(local(server, "doc/place/nowhere.ttl")));
    }
}
