package org.pyconfgraph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.testing.Http.header;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.Http;
import org.pyconfgraph.testing.RunningServer;

/**
 * The VoID and DCAT description of the dataset, as the server publishes it (its metadata graph, read through
 * the endpoint), checked against what the same server returns: every figure is of the bytes it serves and of
 * the data its endpoint answers from. The counted data is the union of the content graphs (ontology, facts,
 * inferred), which is what the triple dumps hold; the metadata graph is not counted.
 */
@DisplayName("The dataset description, against what the server returns")
class DatasetMetadataTest {
    private static final String PREFIXES = "PREFIX void: <" + Vocabularies.VOID + ">\n"
        + "PREFIX dcat: <" + Vocabularies.DCAT + ">\n"
        + "PREFIX dcterms: <" + Vocabularies.DCTERMS + ">\n"
        + "PREFIX spdx: <" + Vocabularies.SPDX + ">\n"
        + "PREFIX sd: <" + Vocabularies.SD + ">\n";

    private static RunningServer server;
    private static String dataset;
    private static Model metadata;
    /** The VALUES block naming the content graphs, by the names the description gives its subsets. */
    private static String contentGraphs;

    @BeforeAll
    static void start() {
        server = RunningServer.shared();
        dataset = header(Http.get(server.url(".well-known/void")), "Location");
        String graph = server.context().iris().graph(NamedGraph.METADATA.localName());
        metadata = turtle(Http.get(server.url("sparql?graph=" + encode(graph)), "Accept", "text/turtle"));
        contentGraphs = "VALUES ?g { " + column(select(metadata, "SELECT ?g { <" + dataset + "> void:subset/sd:name ?g }"),
            "g").stream().map(g -> "<" + g + ">").collect(Collectors.joining(" ")) + " }";
    }

    @Test
    @DisplayName("describes the dataset that /.well-known/void leads to and the service description names")
    void oneDatasetIri() {
        assertEquals(server.context().iris().dataset(), dataset);
        assertTrue(ask(metadata, "ASK { <" + dataset + "> a void:Dataset, dcat:Dataset ; dcterms:title ?t ;"
            + " dcterms:license ?l ; dcterms:publisher ?p ; dcterms:source ?s ; dcterms:created ?c ;"
            + " dcterms:modified ?m }"));
        Model sd = turtle(Http.get(server.url("sparql"), "Accept", "text/turtle"));
        assertEquals(List.of(dataset), column(select(sd, "SELECT ?d { ?service sd:defaultDataset ?d }"), "d"));
    }

    @Test
    @DisplayName("names no blank node: every node is the dataset or <dataset#…>")
    void noBlankNodes() {
        metadata.listStatements().forEach(s -> {
            assertTrue(s.getSubject().isURIResource() && !s.getObject().isAnon(), s::toString);
            assertTrue(s.getSubject().getURI().equals(dataset) || s.getSubject().getURI().startsWith(dataset + "#"),
                s::toString);
        });
    }

    @Test
    @DisplayName("offers each dump as a distribution whose size and SHA-256 are those of the bytes downloaded")
    void distributionsAreTrue() {
        List<QuerySolution> distributions = select(metadata, "SELECT * { <" + dataset + "> dcat:distribution ?d ."
            + " ?d a dcat:Distribution ; dcat:downloadURL ?url ; dcat:accessURL ?access ; dcat:mediaType ?type ;"
            + " dcat:byteSize ?size ; spdx:checksum ?sum . ?sum a spdx:Checksum ;"
            + " spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue ?sha256 ."
            + " OPTIONAL { ?d dcat:compressFormat ?compression } }");
        assertEquals(server.context().release().dumps().size(), distributions.size());
        for (QuerySolution d : distributions) {
            String url = d.getResource("url").getURI();
            HttpResponse<byte[]> download = Http.get(url);
            assertEquals(200, download.statusCode(), url);
            long size = Long.parseLong(d.getLiteral("size").getLexicalForm());
            assertEquals(size, download.body().length, url);
            assertEquals(String.valueOf(size), header(download, "Content-Length"), url);
            assertEquals(Http.sha256(download.body()), d.getLiteral("sha256").getLexicalForm(), url);
            assertEquals(200, Http.get(d.getResource("access").getURI()).statusCode());

            String mediaType = d.getResource("type").getURI().substring(Vocabularies.IANA_MEDIA_TYPES.length());
            if (d.contains("compression")) {
                assertEquals(Vocabularies.IANA_MEDIA_TYPES + "application/gzip", d.getResource("compression").getURI());
                assertEquals("application/gzip", Http.mediaType(download), url);
                Lang lang = RDFLanguages.contentTypeToLang(mediaType);
                RDFParser.source(new ByteArrayInputStream(Http.gunzip(download.body()))).lang(lang).toDatasetGraph();
            } else {
                assertEquals(mediaType, Http.mediaType(download), url);
            }
        }
    }

    @Test
    @DisplayName("lists every download URL as a void:dataDump, and each resolves")
    void dataDumps() {
        Set<String> dumps = Set.copyOf(column(select(metadata, "SELECT ?u { <" + dataset + "> void:dataDump ?u }"), "u"));
        Set<String> downloads = Set.copyOf(column(select(metadata, "SELECT ?u { ?d dcat:downloadURL ?u }"), "u"));
        assertEquals(downloads, dumps);
        assertEquals(server.context().release().dumps().size(), dumps.size());
        dumps.forEach(url -> assertEquals(200, Http.head(url).statusCode(), url));
    }

    @Test
    @DisplayName("counts as void:triples the triples of the Turtle dump and of the content graphs at the endpoint")
    void triples() {
        long stated = figure("<" + dataset + "> void:triples ?n");
        String turtle = single(select(metadata, "SELECT ?u { ?d dcat:downloadURL ?u ; dcat:mediaType <"
            + Vocabularies.IANA_MEDIA_TYPES + "text/turtle> }"), "u");
        assertEquals(stated, RDFParser.fromString(new String(Http.get(turtle).body(), StandardCharsets.UTF_8),
            Lang.TURTLE).toGraph().size());
        assertEquals(stated, count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { " + contentGraphs
            + " GRAPH ?g { ?s ?p ?o } } }"));
    }

    @Test
    @DisplayName("describes each content graph as a subset, counting its triples, the quads of the N-Quads dump")
    void subsets() {
        Set<String> expected = new HashSet<>();
        for (NamedGraph g : NamedGraph.values()) if (g.isContent()) expected.add(g.node(server.context().iris()).getURI());
        Map<String, Long> stated = figures(select(metadata, "SELECT ?g ?n { <" + dataset + "> void:subset ?subset ."
            + " ?subset sd:name ?g ; void:triples ?n }"), "g");
        assertEquals(expected, stated.keySet());
        assertEquals(stated, counts("SELECT ?g (COUNT(*) AS ?n) { " + contentGraphs + " GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
            "g"));
        String nquads = single(select(metadata, "SELECT ?u { ?d dcat:downloadURL ?u ; dcat:mediaType <"
            + Vocabularies.IANA_MEDIA_TYPES + "application/n-quads> }"), "u");
        DatasetGraph dump = RDFParser.source(new ByteArrayInputStream(Http.gunzip(Http.get(nquads).body())))
            .lang(Lang.NQUADS).toDatasetGraph();
        stated.forEach((g, n) -> assertEquals(n, (long) dump.getGraph(NodeFactory.createURI(g))
            .size(), g));
    }

    @Test
    @DisplayName("counts as void:entities the IRIs under the URI space <base>id/ with a description")
    void entities() {
        String uriSpace = single(select(metadata, "SELECT ?space { <" + dataset + "> void:uriSpace ?space }"), "space");
        assertEquals(server.base() + "id/", uriSpace);
        long entities = count("SELECT (COUNT(DISTINCT ?s) AS ?n) { " + contentGraphs + " GRAPH ?g { ?s ?p ?o }"
            + " FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"" + uriSpace + "\")) }");
        assertTrue(entities > 30);
        assertEquals(entities, figure("<" + dataset + "> void:entities ?n"));
    }

    @Test
    @DisplayName("partitions by class: each class's instances, as the endpoint counts them")
    void classPartitions() {
        Map<String, Long> stated = figures(select(metadata, "SELECT ?c ?n { <" + dataset + "> void:classPartition ?part ."
            + " ?part void:class ?c ; void:entities ?n }"), "c");
        Map<String, Long> counted = counts("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { " + contentGraphs
            + " GRAPH ?g { ?s a ?c } FILTER(isIRI(?c)) } GROUP BY ?c", "c");
        assertTrue(counted.containsKey(server.context().iris().term("Event")));
        assertEquals(counted, stated);
        assertEquals(counted.size(), figure("<" + dataset + "> void:classes ?n"));
    }

    @Test
    @DisplayName("partitions by property: each property's triples, as the endpoint counts them")
    void propertyPartitions() {
        Map<String, Long> stated = figures(select(metadata, "SELECT ?p ?n { <" + dataset + "> void:propertyPartition ?part ."
            + " ?part void:property ?p ; void:triples ?n }"), "p");
        Map<String, Long> counted = counts("SELECT ?p (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { " + contentGraphs
            + " GRAPH ?g { ?s ?p ?o } } } GROUP BY ?p", "p");
        assertTrue(counted.containsKey(server.context().iris().term("inSeries")));
        assertEquals(counted, stated);
        assertEquals(counted.size(), figure("<" + dataset + "> void:properties ?n"));
    }

    @Test
    @DisplayName("names example resources the endpoint describes, Python10 and the IPC series among them")
    void exampleResources() {
        List<String> examples = column(select(metadata, "SELECT ?r { <" + dataset + "> void:exampleResource ?r }"), "r");
        assertTrue(examples.containsAll(List.of(server.context().iris().thing("event/python10"),
            server.context().iris().thing("series/ipc"))), examples::toString);
        for (String example : examples)
            assertTrue(count("SELECT (COUNT(*) AS ?n) { " + contentGraphs + " GRAPH ?g { <" + example + "> ?p ?o } }") > 0,
                example);
    }

    @Test
    @DisplayName("names a vocabulary for every property and class used, ours by its ontology IRI")
    void vocabularies() {
        List<String> vocabularies = column(select(metadata, "SELECT ?v { <" + dataset + "> void:vocabulary ?v }"), "v");
        assertTrue(vocabularies.contains(server.context().iris().vocabulary()));
        List<String> terms = column(select(metadata, "SELECT ?t { { ?x void:class ?t } UNION { ?x void:property ?t } }"),
            "t");
        assertFalse(terms.isEmpty());
        for (String term : terms)
            assertTrue(vocabularies.stream().anyMatch(v -> term.startsWith(v.endsWith("/") || v.endsWith("#") ? v : v + "#")),
                term);
    }

    @Test
    @DisplayName("points to the SPARQL endpoint, also described as a DCAT data service serving the dataset")
    void endpoint() {
        String endpoint = server.url("sparql");
        assertTrue(ask(metadata, "ASK { <" + dataset + "> void:sparqlEndpoint <" + endpoint + "> ."
            + " ?service a dcat:DataService ; dcat:endpointURL <" + endpoint + "> ; dcat:servesDataset <" + dataset + "> ;"
            + " dcterms:conformsTo <" + Vocabularies.SPARQL_PROTOCOL + "> }"));
        assertTrue(ask(turtle(Http.get(endpoint, "Accept", "text/turtle")), "ASK { ?s sd:endpoint <" + endpoint + "> }"));
    }

    private static long figure(String pattern) {
        return Long.parseLong(single(select(metadata, "SELECT ?n { " + pattern + " }"), "n"));
    }

    private static long count(String query) {
        return Long.parseLong(single(throughEndpoint(query), "n"));
    }

    private static Map<String, Long> counts(String query, String key) { return figures(throughEndpoint(query), key); }

    private static Map<String, Long> figures(List<QuerySolution> rows, String key) {
        Map<String, Long> figures = new HashMap<>();
        rows.forEach(r -> figures.put(r.getResource(key).getURI(), Long.parseLong(r.getLiteral("n").getLexicalForm())));
        return figures;
    }

    /** A SELECT sent to the server's endpoint, its JSON results read by Jena's parser. */
    private static List<QuerySolution> throughEndpoint(String query) {
        HttpResponse<byte[]> response = Http.get(server.url("sparql?query=" + encode(query)),
            "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        return rows(ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON));
    }

    private static List<QuerySolution> select(Model model, String query) {
        return rows(QueryExecutionFactory.create(PREFIXES + query, model).execSelect());
    }

    private static List<QuerySolution> rows(ResultSet results) {
        List<QuerySolution> rows = new ArrayList<>();
        results.forEachRemaining(rows::add);
        return rows;
    }

    private static boolean ask(Model model, String query) {
        return QueryExecutionFactory.create(PREFIXES + query, model).execAsk();
    }

    private static List<String> column(List<QuerySolution> rows, String var) {
        return rows.stream().map(r -> r.get(var).isLiteral() ? r.getLiteral(var).getLexicalForm()
            : r.getResource(var).getURI()).toList();
    }

    private static String single(List<QuerySolution> rows, String var) {
        List<String> values = column(rows, var);
        assertEquals(1, values.size(), () -> var + ": " + values);
        return values.get(0);
    }

    private static Model turtle(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode());
        assertEquals("text/turtle", Http.mediaType(response));
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(Lang.TURTLE).parse(model);
        return model;
    }

    private static String encode(String text) { return URLEncoder.encode(text, StandardCharsets.UTF_8); }
}
