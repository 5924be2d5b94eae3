package org.pyconfgraph.publish.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.testing.RunningServer;

/**
 * The endpoint through SPARQLWrapper, the Python client most SPARQL users start with (Debian's
 * python3-sparqlwrapper, with python3-rdflib-jsonld for its JSON-LD format). Skipped where it is not installed.
 * Every return format SPARQLWrapper offers, with and without setOnlyConneg(True), by GET, POSTed form and
 * POSTed query, for SELECT, ASK, CONSTRUCT and DESCRIBE: the request succeeds, the answer comes in a format of
 * its kind (the one asked for, where it fits the kind), Jena reads it to the store's own answer, and so does
 * SPARQLWrapper's convert().
 */
@DisplayName("SPARQLWrapper against the endpoint")
class SparqlWrapperTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Path.of("src/test/resources/clients/sparqlwrapper_formats.py");
    /** The media type each SPARQLWrapper format must bring, where it fits the kind of query. */
    private static final Map<String, String> SOLUTION_TYPES = Map.of("json", "application/sparql-results+json",
        "xml", "application/sparql-results+xml", "csv", "text/csv", "tsv", "text/tab-separated-values");
    private static final Map<String, String> GRAPH_TYPES = Map.of("turtle", "text/turtle", "n3", "text/turtle",
        "xml", "application/rdf+xml", "rdf+xml", "application/rdf+xml", "json-ld", "application/ld+json");

    private static RunningServer server;
    private static Map<String, String> queries;
    private static List<JsonObject> answers;

    @BeforeAll
    static void ask() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(PYTHON), "needs Debian's Python at " + PYTHON);
        assumeTrue(new ProcessBuilder(PYTHON.toString(), "-c", "import SPARQLWrapper, rdflib").start()
                .waitFor() == 0, "needs SPARQLWrapper and rdflib for " + PYTHON
            + " (Debian packages python3-sparqlwrapper, python3-rdflib)");
        server = RunningServer.shared();
        String event = "<" + server.url("id/event/python10") + ">";
        String pcg = "PREFIX pcg: <" + server.url("vocab#") + "> ";
        queries = new LinkedHashMap<>();
        queries.put("SELECT", pcg + "SELECT ?event ?date WHERE { ?event a pcg:Event ; pcg:startDate ?date }");
        queries.put("ASK", pcg + "ASK { " + event + " a pcg:Event }");
        queries.put("CONSTRUCT", pcg + "CONSTRUCT { ?event pcg:startDate ?date ; pcg:inSeries ?series } "
            + "WHERE { ?event pcg:startDate ?date . OPTIONAL { ?event pcg:inSeries ?series } }");
        queries.put("DESCRIBE", "DESCRIBE " + event);
        String spec = Json.createObjectBuilder(new LinkedHashMap<String, Object>(queries)).build().toString();
        Process python = new ProcessBuilder(PYTHON.toString(), SCRIPT.toString(), server.url("sparql"), spec)
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(python.waitFor(120, TimeUnit.SECONDS), "SPARQLWrapper finished");
        assertEquals(0, python.exitValue(), out);
        answers = new ArrayList<>();
        for (String line : out.lines().toList())
            answers.add(Json.createReader(new StringReader(line)).readObject());
    }

    @Test
    @DisplayName("gets every return format it offers, for every kind of query, by every method, conneg or not")
    void everyFormat() {
        assertTrue(answers.size() >= queries.size() * 8 * 2 * 3, "one answer per request: " + answers.size());
        for (JsonObject answer : answers) {
            String request = answer.toString().replaceAll("\"body\":\"[^\"]*\"", "\"body\":…");
            assertNull(answer.get("error"), request);
            assertEquals(200, answer.getInt("status"), request);
            String kind = answer.getString("kind");
            String type = answer.getString("contentType");
            boolean graphs = kind.equals("CONSTRUCT") || kind.equals("DESCRIBE");
            String expected = (graphs ? GRAPH_TYPES : SOLUTION_TYPES).get(answer.getString("format"));
            if (expected != null) assertEquals(expected, type, request);
            byte[] body = Base64.getDecoder().decode(answer.getString("body"));
            Object storeAnswer = storeAnswer(kind);
            assertEquals(storeAnswer, readWithJena(kind, type, body), request);
            assertEquals(storeAnswer, converted(answer), request);
        }
    }

    @Test
    @DisplayName("gets JSON-LD for CONSTRUCT by name (format=json-ld) and by Accept alone")
    void jsonLd() {
        long jsonLd = answers.stream().filter(a -> a.getString("kind").equals("CONSTRUCT")
            && a.getString("format").equals("json-ld")).filter(a -> a.getString("contentType").equals("application/ld+json"))
            .count();
        assumeTrue(jsonLd > 0, "SPARQLWrapper offers JSON-LD only with rdflib-jsonld (Debian python3-rdflib-jsonld)");
        assertEquals(6, jsonLd);
    }

    /** The number of rows, the boolean, or the number of triples the store itself answers. */
    private static Object storeAnswer(String kind) {
        Query query = QueryFactory.create(queries.get(kind));
        try (RDFLink link = RDFLink.connect(server.context().store().localDataset().orElseThrow())) {
            return switch (kind) {
                case "SELECT" -> (long) count(link.query(query).select());
                case "ASK" -> link.query(query).ask();
                case "CONSTRUCT" -> (long) link.query(query).construct().size();
                default -> (long) link.query(query).describe().size();
            };
        }
    }

    private static Object readWithJena(String kind, String type, byte[] body) {
        Lang lang = RDFLanguages.contentTypeToLang(type);
        if (kind.equals("ASK") && (ResultSetLang.RS_CSV.equals(lang) || ResultSetLang.RS_TSV.equals(lang)))
            return new String(body, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).skip(1)
                .findFirst().map(v -> Boolean.parseBoolean(v.trim())).orElse(null);
        if (kind.equals("ASK")) return ResultSetMgr.readBoolean(new ByteArrayInputStream(body), lang);
        if (kind.equals("SELECT")) return (long) count(RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(body), lang)));
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(graph);
        return (long) graph.size();
    }

    private static Object converted(JsonObject answer) {
        return switch (answer.get("converted").getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> answer.getJsonNumber("converted").longValue();
        };
    }

    private static int count(RowSet rows) {
        int n = 0;
        for (; rows.hasNext(); rows.next()) n++;
        return n;
    }
}
