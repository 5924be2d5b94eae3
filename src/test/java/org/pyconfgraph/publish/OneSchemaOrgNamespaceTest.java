package org.pyconfgraph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.release.Dump;
import org.pyconfgraph.testing.Http;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("One schema.org namespace, http://schema.org/, in every dump and document")
class OneSchemaOrgNamespaceTest {
    private static final RunningServer server = RunningServer.shared();
    private static final String OTHER = "https://schema.org";

    static Stream<Dump> dumps() { return server.context().release().dumps().stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dumps")
    @DisplayName("a dump, as served, writes schema.org terms in http://schema.org/ only")
    void dumps(Dump dump) {
        HttpResponse<byte[]> response = Http.get(server.url("dumps/" + server.context().release().id() + "/"
            + dump.fileName()));
        assertEquals(200, response.statusCode());
        byte[] bytes = dump.gzipped() ? Http.gunzip(response.body()) : response.body();
        assertOneNamespace(parse(bytes, dump.format().mediaType()), dump.fileName());
    }

    /** The document URL of every thing of the data, and of the dataset, the ontology and the named graphs. */
    static Stream<String> documents() {
        List<String> urls = new ArrayList<>(List.of("doc/dataset", "vocab", "graph/ontology", "graph/facts",
            "graph/inferred", "graph/metadata"));
        try (RDFLink link = RDFLink.connect(server.context().store().localDataset().orElseThrow())) {
            link.query(QueryFactory.create("SELECT DISTINCT ?s { ?s ?p ?o FILTER STRSTARTS(STR(?s), \""
                + server.url("id/") + "\") FILTER (!CONTAINS(STR(?s), \"#\")) } ORDER BY ?s")).select()
                .forEachRemaining(row -> urls.add("doc/" + server.context().iris().relativePath(row.get("s").getURI())
                    .substring("id/".length())));
        }
        return urls.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    @DisplayName("a document, in Turtle and in JSON-LD, writes schema.org terms in http://schema.org/ only")
    void documents(String path) {
        for (String extension : List.of("ttl", "jsonld")) {
            HttpResponse<byte[]> response = Http.get(server.url(path + "." + extension));
            assertEquals(200, response.statusCode(), path);
            String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(text.contains(OTHER), path + "." + extension + " mentions " + OTHER);
            parse(response.body(), Http.mediaType(response)).find().forEachRemaining(q -> assertNotOther(q, path));
        }
    }

    @Test
    @DisplayName("the data does use schema.org, in http://schema.org/")
    void used() {
        DatasetGraph data = server.context().release().dataset();
        assertTrue(org.apache.jena.system.Txn.calculateRead(data, () -> data.stream()
            .anyMatch(q -> q.getPredicate().getURI().startsWith(Vocabularies.SCHEMA))));
    }

    private static void assertOneNamespace(DatasetGraph dataset, String name) {
        assertTrue(dataset.stream().anyMatch(q -> q.getPredicate().getURI().startsWith(Vocabularies.SCHEMA)),
            name + " uses " + Vocabularies.SCHEMA);
        dataset.find().forEachRemaining(q -> assertNotOther(q, name));
    }

    private static void assertNotOther(Quad quad, String where) {
        for (Node node : new Node[] {quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()}) {
            String iri = node == null ? null : node.isURI() ? node.getURI()
                : node.isLiteral() ? node.getLiteralDatatypeURI() : null;
            assertFalse(iri != null && iri.startsWith(OTHER), () -> where + ": " + quad);
        }
    }

    private static DatasetGraph parse(byte[] bytes, String mediaType) {
        return RDFParser.source(new ByteArrayInputStream(bytes)).lang(RDFLanguages.contentTypeToLang(mediaType))
            .toDatasetGraph();
    }
}
