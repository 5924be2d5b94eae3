package org.pyconfgraph.publish.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("JSON-LD from the endpoint")
class JsonLdResultsTest {
    private static final RunningServer server = RunningServer.shared();
    private static final String CONSTRUCT = "PREFIX pcg: <vocab#> CONSTRUCT { ?e pcg:inSeries ?s ; pcg:startDate ?d } "
        + "WHERE { ?e pcg:inSeries ?s ; pcg:startDate ?d }";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"CONSTRUCT", "DESCRIBE", "graph read"})
    @DisplayName("is compacted with the published context, whose short names it uses, and holds the same triples as Turtle")
    void compactedWithThePublishedContext(String kind) {
        HttpResponse<String> jsonLd = fetch(kind, "application/ld+json");
        HttpResponse<String> turtle = fetch(kind, "text/turtle");
        assertEquals(200, jsonLd.statusCode(), jsonLd::body);
        assertEquals("application/ld+json", SparqlRequests.mediaType(jsonLd));
        JsonObject document = Json.createReader(new StringReader(jsonLd.body())).readObject();
        assertEquals(server.context().release().writers().context().value(), document.get("@context"));
        assertTrue(jsonLd.body().contains("\"inSeries\""), jsonLd.body());
        Graph fromJsonLd = SparqlRequests.graph(jsonLd);
        assertTrue(fromJsonLd.size() > 0);
        assertTrue(IsoMatcher.isomorphic(SparqlRequests.graph(turtle), fromJsonLd), "same triples as Turtle");
    }

    private static HttpResponse<String> fetch(String kind, String accept) {
        return switch (kind) {
            case "CONSTRUCT" -> SparqlRequests.get(server, CONSTRUCT, accept);
            case "DESCRIBE" -> SparqlRequests.get(server, "DESCRIBE <id/event/python10>", accept);
            default -> server.get(SparqlRequests.ENDPOINT + "?graph="
                + SparqlRequests.encode(server.url("graph/facts")), "Accept", accept);
        };
    }
}
