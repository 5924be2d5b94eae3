package org.pyconfgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.release.ReleaseBuilder;

class QueryCommandTest {
    private static final String BASE = "https://pyconf.example.org/";
    private static final String IPC_EDITIONS = """
        PREFIX pcg: <vocab#>
        SELECT ?event ?start WHERE { ?event pcg:inSeries <id/series/ipc> ; pcg:startDate ?start } ORDER BY ?start
        """;

    @Test
    void selectAsCsvIsReadByAResultsParser() {
        CommandRun run = query("--format", "csv", IPC_EDITIONS);

        List<QuerySolution> rows = rows(run, ResultSetLang.RS_CSV);
        assertEquals(BASE + "id/event/python4", rows.get(0).get("event").toString());
        assertEquals("1996-06", rows.get(0).get("start").asLiteral().getLexicalForm());
        assertEquals(BASE + "id/event/python5", rows.get(1).get("event").toString());
    }

    @Test
    void selectAsJsonKeepsDatatypes() {
        List<QuerySolution> rows = rows(query("--format", "json", IPC_EDITIONS), ResultSetLang.RS_JSON);

        assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth", rows.get(0).getLiteral("start").getDatatypeURI());
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheNamedGraphs() {
        Set<Triple> distinctTriples = new ReleaseBuilder(SourceTree.directory(Path.of(".")), IriSpace.of(BASE)).build()
            .dataset().stream().map(Quad::asTriple).collect(Collectors.toSet());

        List<QuerySolution> rows = rows(query("--format", "json", "SELECT * { ?s ?p ?o }"), ResultSetLang.RS_JSON);

        assertEquals(distinctTriples.size(), rows.size());
    }

    @Test
    void graphReachesEachNamedGraph() {
        List<QuerySolution> rows = rows(query("--format", "tsv",
            "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"), ResultSetLang.RS_TSV);

        assertEquals(
            List.of(BASE + "graph/facts", BASE + "graph/inferred", BASE + "graph/metadata", BASE + "graph/ontology"),
            rows.stream().map(r -> r.get("g").toString()).toList());
    }

    @Test
    void selectPrintsATableByDefault() {
        CommandRun run = query("SELECT (COUNT(*) AS ?editions) { ?e <vocab#inSeries> <id/series/ipc> }");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\| editions +\\|")), run.out());
    }

    @Test
    void constructPrintsTurtleByDefault() {
        CommandRun run = query("PREFIX pcg: <vocab#> CONSTRUCT WHERE { ?event pcg:inSeries ?series }");

        assertEquals(0, run.exitCode(), run.err());
        Graph graph = RDFParser.fromString(run.out(), Lang.TURTLE).toGraph();
        assertTrue(graph.contains(NodeFactory.createURI(BASE + "id/event/python4"),
            NodeFactory.createURI(BASE + "vocab#inSeries"), NodeFactory.createURI(BASE + "id/series/ipc")));
    }

    @Test
    void aMalformedQueryIsReportedWithLineAndColumn() {
        CommandRun run = query("SELECT * {\n  ?s ?p }");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: query:2:9: Encountered"), run.err());
        assertEquals(1, run.err().lines().count(), "one line, no stack trace");
    }

    @Test
    void aMalformedQueryFileIsReportedByItsName(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("editions.rq"), "PREFIX pcg: <vocab#>\nSELECT ?e { ?e pcg:inSeries }\n");

        CommandRun run = CommandRun.of("query", "--sources", ".", "--file", file.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: " + file + ":2:29: "), run.err());
    }

    @Test
    void serviceIsRefused() {
        CommandRun run = query("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: query: SERVICE is not allowed"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aFormatThatCannotHoldTheResultIsRefused() {
        CommandRun run = query("--format", "csv", "CONSTRUCT WHERE { ?s a ?o }");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: --format csv cannot write the result of a CONSTRUCT query"), run.err());
    }

    @Test
    void explainsItselfOnHelp() {
        CommandRun run = CommandRun.of("query", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--file=F.rq") && run.out().contains("text, json, xml, csv, tsv, ttl, jsonld, nt"),
            run.out());
    }

    private static CommandRun query(String... args) {
        String[] all = new String[args.length + 5];
        System.arraycopy(new String[] {"query", "--sources", ".", "--base", BASE}, 0, all, 0, 5);
        System.arraycopy(args, 0, all, 5, args.length);
        return CommandRun.of(all);
    }

    private static List<QuerySolution> rows(CommandRun run, Lang lang) {
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().isEmpty());
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)), lang);
        List<QuerySolution> rows = new ArrayList<>();
        results.forEachRemaining(rows::add);
        return rows;
    }
}
