package org.pyconfgraph.publish.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("SPARQL 1.1 Query at /sparql")
class SparqlQueryTest {
    private static final RunningServer server = RunningServer.shared();

    static Stream<ResultFormat> solutionFormats() { return ResultFormats.SOLUTIONS.stream(); }

    static Stream<ResultFormat> graphFormats() { return ResultFormats.GRAPHS.stream(); }

    @Test
    @DisplayName("the default graph is the union of the named graphs: every distinct triple of the store, once")
    void defaultGraphIsTheUnion() {
        ResultSet results = SparqlRequests.results(SparqlRequests.get(server,
            "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", ResultFormats.RESULTS_JSON.mediaType()));
        long expected = distinctTriples().size();
        assertTrue(expected > 0, "the release has data");
        assertEquals(expected, results.next().getLiteral("n").getLong());
    }

    @Test
    @DisplayName("GRAPH ?g sees the release's named graphs, with their own triples")
    void namedGraphsAreVisible() {
        ResultSet results = SparqlRequests.results(SparqlRequests.get(server,
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", ResultFormats.RESULTS_JSON.mediaType()));
        DatasetGraph store = server.context().store().localDataset().orElseThrow();
        int graphs = 0;
        while (results.hasNext()) {
            QuerySolution row = results.next();
            Node name = row.getResource("g").asNode();
            long size = Txn.calculateRead(store, () -> store.getGraph(name).size());
            assertEquals(size, row.getLiteral("n").getLong(), () -> "triples in " + name);
            graphs++;
        }
        long nonEmpty = Stream.of(NamedGraph.values()).map(g -> g.node(server.context().iris()))
            .filter(g -> Txn.calculateRead(store, () -> !store.getGraph(g).isEmpty())).count();
        assertEquals(nonEmpty, graphs);
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @MethodSource("solutionFormats")
    @DisplayName("SELECT answers in the format the client accepts, readable by a SPARQL results parser")
    void selectInEachFormat(ResultFormat format) {
        HttpResponse<String> response = SparqlRequests.get(server,
            "SELECT ?s ?p ?o { ?s ?p ?o } LIMIT 3", format.mediaType());
        assertEquals(200, response.statusCode(), response::body);
        assertEquals(format.mediaType(), SparqlRequests.mediaType(response));
        ResultSet results = SparqlRequests.results(response);
        assertEquals(List.of("s", "p", "o"), results.getResultVars());
        int rows = 0;
        for (; results.hasNext(); results.next()) rows++;
        assertEquals(Math.min(3, distinctTriples().size()), rows);
    }

    @ParameterizedTest(name = "ASK as {0}")
    @MethodSource("solutionFormats")
    @DisplayName("ASK answers true and false in the format the client accepts")
    void askInEachFormat(ResultFormat format) {
        HttpResponse<String> yes = SparqlRequests.get(server, "ASK { ?s ?p ?o }", format.mediaType());
        HttpResponse<String> no = SparqlRequests.get(server, "ASK { ?s ?p ?o FILTER(false) }", format.mediaType());
        assertEquals(200, yes.statusCode(), yes::body);
        assertEquals(format.mediaType(), SparqlRequests.mediaType(yes));
        assertTrue(SparqlRequests.askResult(yes));
        assertTrue(!SparqlRequests.askResult(no));
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @MethodSource("graphFormats")
    @DisplayName("CONSTRUCT answers in the RDF format the client accepts, the same triples as the store holds")
    void constructInEachFormat(ResultFormat format) {
        Node facts = NamedGraph.FACTS.node(server.context().iris());
        HttpResponse<String> response = SparqlRequests.get(server,
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + facts.getURI() + "> { ?s ?p ?o } }", format.mediaType());
        assertEquals(200, response.statusCode(), response::body);
        assertEquals(format.mediaType(), SparqlRequests.mediaType(response));
        DatasetGraph store = server.context().store().localDataset().orElseThrow();
        Graph expected = Txn.calculateRead(store, () -> copy(store.getGraph(facts)));
        assertTrue(expected.isIsomorphicWith(SparqlRequests.graph(response)));
    }

    @ParameterizedTest(name = "DESCRIBE as {0}")
    @MethodSource("graphFormats")
    @DisplayName("DESCRIBE of a resource answers with what the default graph says about it")
    void describeInEachFormat(ResultFormat format) {
        Node subject = distinctTriples().stream().map(Triple::getSubject).filter(Node::isURI).findFirst().orElseThrow();
        HttpResponse<String> response = SparqlRequests.get(server, "DESCRIBE <" + subject.getURI() + ">",
            format.mediaType());
        assertEquals(200, response.statusCode(), response::body);
        assertEquals(format.mediaType(), SparqlRequests.mediaType(response));
        Graph described = SparqlRequests.graph(response);
        distinctTriples().stream().filter(t -> t.getSubject().equals(subject) && !t.getObject().isBlank())
            .forEach(t -> assertTrue(described.contains(t), () -> "missing " + t));
    }

    @Test
    @DisplayName("GET, POST of a form and POST of application/sparql-query give the same answer")
    void everyTransportGivesTheSameAnswer() {
        String query = "SELECT ?s ?p ?o { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 20";
        String accept = ResultFormats.RESULTS_XML.mediaType();
        HttpResponse<String> get = SparqlRequests.get(server, query, accept);
        HttpResponse<String> form = SparqlRequests.postForm(server, query, accept);
        HttpResponse<String> body = SparqlRequests.postQuery(server, query, accept);
        for (HttpResponse<String> response : List.of(get, form, body)) assertEquals(200, response.statusCode(), response::body);
        assertEquals(rows(SparqlRequests.results(get)), rows(SparqlRequests.results(form)));
        assertEquals(rows(SparqlRequests.results(get)), rows(SparqlRequests.results(body)));
    }

    @Test
    @DisplayName("FROM and default-graph-uri choose a named graph as the default graph")
    void datasetDescriptionChoosesGraphs() {
        Node facts = NamedGraph.FACTS.node(server.context().iris());
        DatasetGraph store = server.context().store().localDataset().orElseThrow();
        long expected = Txn.calculateRead(store, () -> store.getGraph(facts).size());
        String accept = ResultFormats.RESULTS_JSON.mediaType();
        ResultSet from = SparqlRequests.results(SparqlRequests.get(server,
            "SELECT (COUNT(*) AS ?n) FROM <" + facts.getURI() + "> { ?s ?p ?o }", accept));
        ResultSet parameter = SparqlRequests.results(server.get("sparql?query="
            + SparqlRequests.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
            + "&default-graph-uri=" + SparqlRequests.encode(facts.getURI()), "Accept", accept));
        assertEquals(expected, from.next().getLiteral("n").getLong());
        assertEquals(expected, parameter.next().getLiteral("n").getLong());
    }

    @Test
    @DisplayName("relative IRIs in a query resolve against the instance's base, as they do in the data")
    void relativeIrisResolveAgainstTheBase() {
        ResultSet results = SparqlRequests.results(SparqlRequests.postQuery(server,
            "PREFIX pcg: <vocab#> SELECT (STR(pcg:Event) AS ?iri) {}", ResultFormats.RESULTS_JSON.mediaType()));
        assertEquals(server.context().iris().term("Event"), results.next().getLiteral("iri").getString());
    }

    private static Set<Triple> distinctTriples() {
        DatasetGraph store = server.context().store().localDataset().orElseThrow();
        return Txn.calculateRead(store, () -> {
            Set<Triple> triples = new HashSet<>();
            store.find().forEachRemaining(q -> triples.add(q.asTriple()));
            return triples;
        });
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    private static List<String> rows(ResultSet results) {
        List<String> rows = new java.util.ArrayList<>();
        results.forEachRemaining(r -> rows.add(r.toString()));
        return rows;
    }
}
