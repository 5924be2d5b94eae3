package org.pyconfgraph.publish.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("The SPARQL 1.1 Service Description at GET /sparql")
class ServiceDescriptionTest {
    private static final RunningServer server = RunningServer.shared();

    static Stream<ResultFormat> graphFormats() { return ResultFormats.GRAPHS.stream(); }

    @ParameterizedTest(name = "as {0}")
    @MethodSource("graphFormats")
    @DisplayName("is served in the RDF format the client accepts, with the same content in each")
    void servedInEachFormat(ResultFormat format) {
        HttpResponse<String> response = server.get("sparql", "Accept", format.mediaType());
        assertEquals(200, response.statusCode(), response::body);
        assertEquals(format.mediaType(), SparqlRequests.mediaType(response));
        Graph turtle = SparqlRequests.graph(server.get("sparql", "Accept", "text/turtle"));
        assertTrue(turtle.isIsomorphicWith(SparqlRequests.graph(response)));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"*/*", "text/*", "text/html;q=0.5, */*;q=0.8"})
    @DisplayName("is Turtle for a client that accepts anything")
    void turtleForAnything(String accept) {
        HttpResponse<String> response = server.get("sparql", "Accept", accept);
        assertEquals(200, response.statusCode());
        assertEquals("text/turtle", SparqlRequests.mediaType(response));
    }

    @Test
    @DisplayName("answers 406, naming its formats, to a client accepting none (HTML is the query editor's page)")
    void noOtherFormat() {
        HttpResponse<String> response = server.get("sparql", "Accept", "application/pdf");
        assertEquals(406, response.statusCode());
        assertTrue(response.body().contains("text/turtle"), "names what is available: " + response.body());
    }

    @Test
    @DisplayName("describes the service: endpoint, SPARQL 1.1 Query, result formats and the union default graph")
    void describesTheService() {
        Model sd = description();
        String endpoint = server.url("sparql");
        QuerySolution service = single(sd, "SELECT ?service { ?service a sd:Service ; sd:endpoint <" + endpoint + "> ;"
            + " sd:supportedLanguage sd:SPARQL11Query ; sd:feature sd:UnionDefaultGraph }");
        assertTrue(service.contains("service"));
        Set<String> formats = new HashSet<>();
        QueryExecutionFactory.create(prefixes() + "SELECT ?f { ?s sd:resultFormat ?f }", sd).execSelect()
            .forEachRemaining(r -> formats.add(r.getResource("f").getURI()));
        Set<String> expected = new HashSet<>();
        ResultFormats.ALL.forEach(f -> expected.add(f.formatIri()));
        assertEquals(expected, formats);
        assertTrue(formats.contains(Vocabularies.FORMATS + "SPARQL_Results_JSON"));
        assertTrue(ask(sd, "ASK { ?s sd:feature sd:BasicFederatedQuery }") == false, "SERVICE is not offered");
    }

    @Test
    @DisplayName("names the dataset by the instance's dataset IRI, with a default graph and each named graph")
    void describesTheDataset() {
        Model sd = description();
        String dataset = server.context().iris().dataset();
        assertTrue(ask(sd, "ASK { ?service sd:defaultDataset <" + dataset + "> . <" + dataset + "> a sd:Dataset ;"
            + " sd:defaultGraph [ a sd:Graph ] }"));
        Set<String> names = new HashSet<>();
        QueryExecutionFactory.create(prefixes() + "SELECT ?name { <" + dataset + "> sd:namedGraph [ a sd:NamedGraph ;"
            + " sd:name ?name ] }", sd).execSelect().forEachRemaining(r -> names.add(r.getResource("name").getURI()));
        Set<String> expected = new HashSet<>();
        for (NamedGraph g : NamedGraph.values()) expected.add(g.node(server.context().iris()).getURI());
        assertEquals(expected, names);
    }

    @Test
    @DisplayName("answers a conditional GET with 304 while the release is the same")
    void conditionalGet() {
        HttpResponse<String> first = server.get("sparql", "Accept", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = server.get("sparql", "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
    }

    private static Model description() {
        HttpResponse<String> response = server.get("sparql", "Accept", "text/turtle");
        assertEquals(200, response.statusCode(), response::body);
        return ModelFactory.createModelForGraph(SparqlRequests.graph(response));
    }

    private static String prefixes() { return "PREFIX sd: <" + Vocabularies.SD + ">\n"; }

    private static boolean ask(Model model, String query) {
        return QueryExecutionFactory.create(prefixes() + query, model).execAsk();
    }

    private static QuerySolution single(Model model, String query) {
        var results = QueryExecutionFactory.create(prefixes() + query, model).execSelect();
        assertTrue(results.hasNext(), "no match for " + query);
        QuerySolution row = results.next();
        assertTrue(!results.hasNext(), "more than one match for " + query);
        return row;
    }
}
