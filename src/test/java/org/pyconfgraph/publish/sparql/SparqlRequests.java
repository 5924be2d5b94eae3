package org.pyconfgraph.publish.sparql;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.testing.RunningServer;

/** Real SPARQL protocol requests against a running server, and real parsers for what it answers. */
final class SparqlRequests {
    static final String ENDPOINT = "sparql";
    /** Runs until any time limit on the ring fixture: a three-way cross product of its triples, counted. */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    /** Answered at once on any data. */
    static final String LIGHT = "ASK { ?s ?p ?o }";

    private SparqlRequests() {}

    /** A source tree of a few hundred events in a ring: data enough for heavy joins and property paths. */
    static SourceTree ringFixture() {
        return SourceTree.directory(Path.of("src/test/resources/fixtures/ring"));
    }

    static HttpResponse<String> get(RunningServer server, String query, String accept) {
        return RunningServer.send(request(server.url(ENDPOINT + "?query=" + encode(query)), accept).GET().build());
    }

    static HttpResponse<String> postForm(RunningServer server, String query, String accept) {
        return RunningServer.send(request(server.url(ENDPOINT), accept)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(query))).build());
    }

    static HttpResponse<String> postQuery(RunningServer server, String query, String accept) {
        return RunningServer.send(request(server.url(ENDPOINT), accept)
            .header("Content-Type", "application/sparql-query")
            .POST(HttpRequest.BodyPublishers.ofString(query)).build());
    }

    static HttpRequest.Builder request(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(30));
    }

    static String encode(String text) { return URLEncoder.encode(text, StandardCharsets.UTF_8); }

    static ResultSet results(HttpResponse<String> response) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType(response));
        if (lang == null) lang = ResultSetLang.RS_JSON;
        return ResultSetFactory.copyResults(ResultSetMgr.read(
            new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang));
    }

    /**
     * The answer of an ASK. The W3C CSV and TSV formats define no boolean form and Jena's readers take none:
     * there the answer is the one value under the header.
     */
    static boolean askResult(HttpResponse<String> response) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType(response));
        if (ResultSetLang.RS_CSV.equals(lang) || ResultSetLang.RS_TSV.equals(lang)) {
            List<String> lines = response.body().lines().filter(l -> !l.isBlank()).toList();
            if (lines.size() != 2) throw new IllegalArgumentException("Not a CSV/TSV boolean: " + response.body());
            return Boolean.parseBoolean(lines.get(1).trim());
        }
        return ResultSetMgr.readBoolean(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang);
    }

    static Graph graph(HttpResponse<String> response) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), RDFLanguages.contentTypeToLang(mediaType(response))).parse(graph);
        return graph;
    }

    static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }
}
