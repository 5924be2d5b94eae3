package org.pyconfgraph.publish.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("The result format named by output=, format= or results=")
class ResultFormatParametersTest {
    private static final RunningServer server = RunningServer.shared();
    private static final String SELECT = "SELECT ?s WHERE { ?s a <vocab#Event> } LIMIT 3";
    private static final String ASK = "ASK { ?s a <vocab#Event> }";
    private static final String CONSTRUCT = "CONSTRUCT { ?s a <vocab#Event> } WHERE { ?s a <vocab#Event> } LIMIT 3";

    private static String query(String kind) {
        return switch (kind) {
            case "SELECT" -> SELECT;
            case "ASK" -> ASK;
            default -> CONSTRUCT;
        };
    }

    @ParameterizedTest(name = "{0} {1}={2} → {3}")
    @CsvSource(delimiter = '|', value = {
        "SELECT | format | json | application/sparql-results+json",
        "SELECT | output | xml | application/sparql-results+xml",
        "SELECT | results | csv | text/csv",
        "SELECT | format | tsv | text/tab-separated-values",
        "SELECT | format | text | text/plain",
        "SELECT | format | application/sparql-results+xml | application/sparql-results+xml",
        "SELECT | format | SRJ | application/sparql-results+json",
        "ASK | format | json | application/sparql-results+json",
        "ASK | output | xml | application/sparql-results+xml",
        "CONSTRUCT | format | json | application/ld+json",
        "CONSTRUCT | format | json-ld | application/ld+json",
        "CONSTRUCT | format | jsonld | application/ld+json",
        "CONSTRUCT | format | xml | application/rdf+xml",
        "CONSTRUCT | format | rdf | application/rdf+xml",
        "CONSTRUCT | format | rdf+xml | application/rdf+xml",
        "CONSTRUCT | output | turtle | text/turtle",
        "CONSTRUCT | output | ttl | text/turtle",
        "CONSTRUCT | output | n3 | text/turtle",
        "CONSTRUCT | format | text/n3 | text/turtle",
        "CONSTRUCT | format | nt | application/n-triples",
        "CONSTRUCT | format | ntriples | application/n-triples",
        "CONSTRUCT | format | N-Triples | application/n-triples",
        "CONSTRUCT | format | application/rdf+xml | application/rdf+xml",
        "CONSTRUCT | format | text | text/turtle"})
    @DisplayName("names a format of this kind of result, whatever the Accept header says")
    void named(String kind, String parameter, String value, String expected) {
        HttpResponse<String> response = get(query(kind), parameter + "=" + SparqlRequests.encode(value), "*/*");
        assertEquals(200, response.statusCode(), response::body);
        assertEquals(expected, SparqlRequests.mediaType(response));
        assertParses(kind, response);
    }

    @ParameterizedTest(name = "{0} format={1}, Accept: {2} → {3}")
    @CsvSource(delimiter = '|', value = {
        "SELECT | turtle | text/csv | text/csv",
        "SELECT | rdf+xml | application/sparql-results+xml | application/sparql-results+xml",
        "SELECT | nonsense | text/tab-separated-values | text/tab-separated-values",
        "ASK | n3 | application/sparql-results+json | application/sparql-results+json",
        "CONSTRUCT | csv | application/n-triples | application/n-triples",
        "CONSTRUCT | tsv | application/rdf+xml;q=0.5, text/turtle;q=0.4 | application/rdf+xml",
        "CONSTRUCT | nonsense | application/ld+json | application/ld+json"})
    @DisplayName("that names nothing this kind of result comes in is ignored: the Accept header decides")
    void fallsBackToAccept(String kind, String value, String accept, String expected) {
        HttpResponse<String> response = get(query(kind), "format=" + SparqlRequests.encode(value), accept);
        assertEquals(200, response.statusCode(), response::body);
        assertEquals(expected, SparqlRequests.mediaType(response));
        assertParses(kind, response);
    }

    @Test
    @DisplayName("sent twice, as SPARQLWrapper does (a short name, then a media type), the first usable value wins")
    void repeated() {
        HttpResponse<String> response = get(SELECT, "format=rdf%2Bxml&format=application%2Fsparql-results%2Bxml"
            + "&output=rdf%2Bxml&results=rdf%2Bxml", "*/*");
        assertEquals("application/sparql-results+xml", SparqlRequests.mediaType(response));
        HttpResponse<String> graph = get(CONSTRUCT, "format=tsv&format=text%2Ftab-separated-values", "text/turtle");
        assertEquals("text/turtle", SparqlRequests.mediaType(graph));
    }

    @Test
    @DisplayName("is honoured in a POSTed form and beside a POSTed query")
    void posted() {
        HttpResponse<String> form = RunningServer.send(SparqlRequests.request(server.url(SparqlRequests.ENDPOINT), "*/*")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("query=" + SparqlRequests.encode(CONSTRUCT) + "&format=json-ld"))
            .build());
        assertEquals("application/ld+json", SparqlRequests.mediaType(form));
        HttpResponse<String> direct = RunningServer.send(SparqlRequests.request(
                server.url(SparqlRequests.ENDPOINT + "?output=csv"), "application/sparql-results+json")
            .header("Content-Type", "application/sparql-query")
            .POST(HttpRequest.BodyPublishers.ofString(SELECT)).build());
        assertEquals("text/csv", SparqlRequests.mediaType(direct));
    }

    @ParameterizedTest(name = "{0} Accept: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "CONSTRUCT | text/n3 | text/turtle",
        "CONSTRUCT | application/n3 | text/turtle",
        "CONSTRUCT | text/rdf+n3;q=0.9, application/rdf+xml;q=0.5 | text/turtle",
        "CONSTRUCT | application/turtle | application/turtle",
        "CONSTRUCT | text/plain | text/plain",
        "SELECT | text/plain | text/plain"})
    @DisplayName("without one, every media type Jena registers for a format of this kind is accepted")
    void alternativeTypes(String kind, String accept, String expected) {
        HttpResponse<String> response = SparqlRequests.get(server, query(kind), accept);
        assertEquals(200, response.statusCode(), response::body);
        assertEquals(expected, SparqlRequests.mediaType(response));
        if (!kind.equals("SELECT")) assertParses(kind, response);
    }

    @Test
    @DisplayName("does not make a client that accepts nothing of this kind acceptable: 406, unless the name fits")
    void stillNotAcceptable() {
        assertEquals(406, get(SELECT, "format=turtle", "image/png").statusCode());
        assertEquals(406, SparqlRequests.get(server, SELECT, "text/n3").statusCode());
        assertEquals(200, get(SELECT, "format=json", "image/png").statusCode());
    }

    @Test
    @DisplayName("leaves the query editor and the service description alone")
    void onlyForQueries() {
        HttpResponse<String> page = server.get(SparqlRequests.ENDPOINT + "?format=json", "Accept", "text/html");
        assertEquals("text/html", SparqlRequests.mediaType(page));
        HttpResponse<String> description = server.get(SparqlRequests.ENDPOINT, "Accept", "application/n-triples");
        assertEquals("application/n-triples", SparqlRequests.mediaType(description));
        assertFalse(SparqlRequests.graph(description).isEmpty());
    }

    private static HttpResponse<String> get(String query, String parameters, String accept) {
        return RunningServer.send(SparqlRequests.request(server.url(SparqlRequests.ENDPOINT + "?query="
            + SparqlRequests.encode(query) + "&" + parameters), accept).GET().build());
    }

    private static void assertParses(String kind, HttpResponse<String> response) {
        String type = SparqlRequests.mediaType(response);
        switch (kind) {
            case "SELECT" -> {
                if (type.equals("text/plain")) assertTrue(response.body().contains("| s"), response.body());
                else assertEquals(3, count(SparqlRequests.results(response)));
            }
            case "ASK" -> assertTrue(SparqlRequests.askResult(response));
            default -> assertEquals(3, SparqlRequests.graph(response).size());
        }
    }

    private static int count(org.apache.jena.query.ResultSet results) {
        int n = 0;
        for (; results.hasNext(); results.next()) n++;
        return n;
    }
}
