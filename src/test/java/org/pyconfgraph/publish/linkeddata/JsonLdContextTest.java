package org.pyconfgraph.publish.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.assertStatus;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.links;
import static org.pyconfgraph.publish.linkeddata.LinkedDataRequests.mediaType;
import static org.pyconfgraph.testing.Http.header;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("The published JSON-LD context")
class JsonLdContextTest {
    private static final RunningServer server = RunningServer.shared();
    private static final String CONTEXT_RELATION = "http://www.w3.org/ns/json-ld#context";

    /** Where the ontology's version IRI, read from the data, puts the context. */
    private static String versionedUrl() {
        try (RDFLink link = RDFLink.connect(server.context().store().localDataset().orElseThrow())) {
            RowSet rows = link.query(QueryFactory.create("PREFIX owl: <http://www.w3.org/2002/07/owl#> "
                + "SELECT ?version { <" + server.url("vocab") + "> owl:versionIRI ?version }")).select();
            return rows.next().get("version").getURI() + "/context.jsonld";
        }
    }

    @Test
    @DisplayName("is served under the ontology's version IRI as application/ld+json, cacheable, to scripts of any origin")
    void servedVersioned() {
        String url = versionedUrl();
        assertTrue(url.startsWith(server.url("vocab/")), url);
        HttpResponse<String> response = server.get(url, "Accept", "application/ld+json");
        assertStatus(200, response);
        assertEquals("application/ld+json", mediaType(response));
        assertEquals("*", header(response, "Access-Control-Allow-Origin"));
        assertNotNull(header(response, "ETag"));
        assertTrue(header(response, "Cache-Control").contains("max-age"), header(response, "Cache-Control"));
        JsonObject document = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals(server.context().release().writers().context().document(), document);
        assertStatus(304, server.get(url, "If-None-Match", header(response, "ETag")));
    }

    @Test
    @DisplayName("has an unversioned URL that redirects to the current version's")
    void currentRedirects() {
        HttpResponse<String> response = server.get("vocab/context.jsonld");
        assertStatus(302, response);
        assertEquals(versionedUrl(), header(response, "Location"));
    }

    @Test
    @DisplayName("is named in every JSON-LD document's Link header, and only there")
    void namedByDocuments() {
        for (String path : List.of("doc/event/python10.jsonld", "vocab.jsonld", "graph/facts.jsonld", "doc/dataset.jsonld"))
            assertEquals(Map.of(versionedUrl(), "application/ld+json"),
                links(server.get(path), CONTEXT_RELATION), path);
        assertEquals(Map.of(versionedUrl(), "application/ld+json"),
            links(server.get("doc/event/python10", "Accept", "application/ld+json"), CONTEXT_RELATION));
        for (String path : List.of("doc/event/python10.ttl", "doc/event/python10.html"))
            assertTrue(links(server.get(path), CONTEXT_RELATION).isEmpty(), path);
    }

    @Test
    @DisplayName("is what the dataset description says the JSON-LD dump conforms to")
    void inTheDatasetDescription() {
        Graph description = LinkedDataRequests.graph(server.get("doc/dataset.ttl"));
        List<String> conformsTo = description.find(Node.ANY,
                NodeFactory.createURI("http://www.w3.org/ns/dcat#mediaType"), Node.ANY)
            .filterKeep(t -> t.getObject().isURI() && t.getObject().getURI().endsWith("application/ld+json"))
            .mapWith(t -> t.getSubject())
            .toList().stream()
            .flatMap(d -> description.find(d, NodeFactory.createURI("http://purl.org/dc/terms/conformsTo"), Node.ANY)
                .mapWith(t -> t.getObject().getURI()).toList().stream())
            .toList();
        assertEquals(List.of(versionedUrl()), conformsTo);
    }

    @Test
    @DisplayName("by its URL instead of inline, gives a JSON-LD processor the same triples as the Turtle document")
    void usableByUrl() throws Exception {
        HttpResponse<String> jsonLd = server.get("doc/event/python10.jsonld");
        JsonObject byReference = Json.createObjectBuilder(Json.createReader(new StringReader(jsonLd.body())).readObject())
            .add("@context", versionedUrl()).build();
        // Titanium's default loader fetches the context from the server, following nothing but its URL.
        DatasetGraph fromUrl = JenaTitanium.convert(JsonLd.toRdf(JsonDocument.of(byReference)).get());
        Graph turtle = LinkedDataRequests.graph(server.get("doc/event/python10.ttl"));
        assertTrue(turtle.size() > 0);
        assertTrue(IsoMatcher.isomorphic(turtle, fromUrl.getDefaultGraph()), "same triples as the Turtle document");
    }
}
