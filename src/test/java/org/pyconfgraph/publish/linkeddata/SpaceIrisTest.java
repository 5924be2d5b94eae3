package org.pyconfgraph.publish.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.BROWSER_ACCEPT;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.assertStatus;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.graph;
import static org.pyconfgraph.testing.Http.header;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.mediaType;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("The ontology, named graph and dataset IRIs")
class SpaceIrisTest {
    private static final RunningServer server = RunningServer.shared();

    static Stream<String> rdfMediaTypes() { return LinkedDataRequests.rdfMediaTypes().stream(); }

    @Test
    @DisplayName("the ontology IRI sends browsers to its documentation page at vocab.html, served by the pages")
    void vocabularyPage() {
        for (String accept : new String[] {BROWSER_ACCEPT, "text/html"}) {
            HttpResponse<String> response = server.get("vocab", "Accept", accept);
            assertStatus(303, response);
            assertEquals(server.url("vocab.html"), header(response, "Location"));
            assertTrue(header(response, "Vary").contains("Accept"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rdfMediaTypes")
    @DisplayName("the ontology IRI and its version IRI answer 303 to the ontology graph in the format asked for")
    void vocabularyData(String mediaType) {
        Graph ontology = named(NamedGraph.ONTOLOGY);
        for (String iri : new String[] {"vocab", "vocab/1.0"}) {
            HttpResponse<String> seeOther = server.get(iri, "Accept", mediaType);
            assertStatus(303, seeOther);
            String location = header(seeOther, "Location");
            assertTrue(location.startsWith(server.url("vocab.")), location);
            HttpResponse<String> document = server.get(location, "Accept", mediaType);
            assertStatus(200, document);
            assertEquals(mediaType, mediaType(document));
            assertTrue(ontology.isIsomorphicWith(graph(document)), location + " is not the ontology graph");
        }
    }

    @Test
    @DisplayName("a term IRI (vocab#Event) reaches, without its fragment, a document defining the term")
    void term() {
        Graph ontology = graph(LinkedDataRequests.dereference(server, "vocab", "text/turtle"));
        assertTrue(ontology.contains(NodeFactory.createURI(server.context().iris().term("Event")), Node.ANY, Node.ANY));
        assertStatus(404, server.get("vocab/2.0", "Accept", "text/turtle"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(NamedGraph.class)
    @DisplayName("a named graph's IRI answers with the graph's content, in every RDF format")
    void namedGraph(NamedGraph name) {
        String path = "graph/" + name.localName();
        Graph expected = named(name);
        for (String mediaType : LinkedDataRequests.rdfMediaTypes()) {
            HttpResponse<String> response = server.get(path, "Accept", mediaType);
            assertStatus(200, response);
            assertEquals(mediaType, mediaType(response));
            assertTrue(header(response, "Content-Location").startsWith(server.url(path + ".")));
            assertTrue(expected.isIsomorphicWith(graph(response)), path + " as " + mediaType);
        }
    }

    @Test
    @DisplayName("a named graph's page lists every statement of the graph")
    void namedGraphPage() {
        HttpResponse<String> response = server.get("graph/metadata", "Accept", BROWSER_ACCEPT);
        assertStatus(200, response);
        assertEquals("text/html", mediaType(response));
        assertTrue(named(NamedGraph.METADATA).isIsomorphicWith(HtmlStatements.read(Jsoup.parse(response.body()))));
    }

    @Test
    @DisplayName("the dataset IRI answers 303 to its description: what the metadata graph says about it and its hash IRIs")
    void dataset() {
        HttpResponse<String> seeOther = server.get("dataset", "Accept", "text/turtle");
        assertStatus(303, seeOther);
        assertEquals(server.url("doc/dataset.ttl"), header(seeOther, "Location"));
        Graph description = graph(server.get(header(seeOther, "Location")));
        Graph metadata = named(NamedGraph.METADATA);
        String dataset = server.context().iris().dataset();
        Graph aboutDataset = GraphFactory.createDefaultGraph();
        metadata.find().filterKeep(t -> t.getSubject().isURI() && (t.getSubject().getURI().equals(dataset)
            || t.getSubject().getURI().startsWith(dataset + "#"))).forEachRemaining(aboutDataset::add);
        assertTrue(aboutDataset.size() > 10);
        for (Triple t : aboutDataset.find().toList()) assertTrue(description.contains(t), "missing " + t);
        assertStatus(303, server.get("dataset", "Accept", BROWSER_ACCEPT));
    }

    private static Graph named(NamedGraph name) {
        return server.context().release().dataset().getGraph(name.node(server.context().iris()));
    }
}
