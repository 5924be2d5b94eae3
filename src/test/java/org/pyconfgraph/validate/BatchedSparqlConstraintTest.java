package org.pyconfgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyconfgraph.load.RdfFileReader;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.testing.BundledRelease;

/**
 * A SPARQL constraint run once for all focus nodes reports exactly what Jena's engine reports running it once per
 * focus node with $this pre-bound: the same entries (focus node, path, value, message, severity, shape,
 * constraint component), as many times each.
 */
@DisplayName("SPARQL constraints run once for all focus nodes")
class BatchedSparqlConstraintTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/sparql-constraints");
    private static final Path BROKEN = Path.of("src/test/resources/broken-data");
    private static final IriSpace IRIS = BundledRelease.iris();

    @Test
    @DisplayName("report what Jena reports per focus node, on constraints made to tell the two apart")
    void sameReportOnEdgeCases() {
        Graph shapes = RDFDataMgr.loadGraph(FIXTURE.resolve("shapes.ttl").toString());
        Graph data = RDFDataMgr.loadGraph(FIXTURE.resolve("data.ttl").toString());
        ShapeValidator batched = new ShapeValidator(shapes);

        List<String> expected = entries(new ShapeValidator(shapes, false, BatchedSparqlConstraint.CHUNK), data);
        assertEquals(expected, entries(batched, data));
        assertEquals(7, batched.batchedConstraints(), "all but the nested filter's and the referenced shape's");
        assertTrue(expected.size() >= 12, () -> "the fixture reports what each constraint catches:\n" + expected);
        assertTrue(expected.stream().anyMatch(e -> e.contains("the shape's own words") && e.contains("Warning")), expected::toString);
        assertTrue(expected.stream().anyMatch(e -> e.contains("SPARQL SELECT constraint for")), expected::toString);
        assertTrue(expected.stream().anyMatch(e -> e.contains("<http://example.org/d> has no label")), expected::toString);
    }

    @ParameterizedTest
    @DisplayName("report the same when the focus nodes are split into queries of a few each")
    @ValueSource(ints = {1, 2, 3})
    void sameReportInChunks(int chunk) {
        Graph shapes = RDFDataMgr.loadGraph(FIXTURE.resolve("shapes.ttl").toString());
        Graph data = RDFDataMgr.loadGraph(FIXTURE.resolve("data.ttl").toString());
        assertEquals(entries(new ShapeValidator(shapes, false, BatchedSparqlConstraint.CHUNK), data),
            entries(new ShapeValidator(shapes, true, chunk), data));
    }

    @Test
    @DisplayName("run every SPARQL constraint of the bundled shapes batched")
    void batchEveryBundledConstraint() {
        Graph shapes = bundledShapes();
        assertEquals(shapes.find(Node.ANY, SHACL.sparql, Node.ANY).toList().size(),
            new ShapeValidator(shapes).batchedConstraints());
    }

    @TestFactory
    @DisplayName("report what Jena reports per focus node, on the bundled data and each broken fixture")
    Stream<DynamicTest> sameReportOnBrokenData() throws IOException {
        Graph shapes = bundledShapes();
        ShapeValidator reference = new ShapeValidator(shapes, false, BatchedSparqlConstraint.CHUNK);
        ShapeValidator batched = new ShapeValidator(shapes);
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(BROKEN)) {
            fixtures = files.filter(p -> p.toString().endsWith(".ru")).sorted().toList();
        }
        Stream<DynamicTest> bundled = Stream.of(DynamicTest.dynamicTest("the bundled data", () -> {
            Graph data = bundledAsserted();
            assertEquals(entries(reference, data), entries(batched, data));
        }));
        return Stream.concat(bundled, fixtures.stream().map(fixture -> DynamicTest.dynamicTest(
            fixture.getFileName().toString(), () -> {
                Graph data = bundledAsserted();
                UpdateExec.dataset(DatasetGraphFactory.wrap(data))
                    .update(UpdateFactory.create(Files.readString(fixture), IRIS.base())).execute();
                List<String> expected = entries(reference, data);
                assertFalse(expected.isEmpty(), "the fixture breaks a rule");
                assertEquals(expected, entries(batched, data));
            })));
    }

    @ParameterizedTest
    @DisplayName("leave to Jena a query whose rows could differ when run once")
    @ValueSource(strings = {
        "SELECT $this ?o WHERE { $this ?p ?o } LIMIT 1",
        "SELECT $this ?o WHERE { $this ?p ?o } OFFSET 1",
        "SELECT ?o WHERE { $this ?p ?o }",
        "SELECT * WHERE { $this ?p ?o }",
        "SELECT $this ?o WHERE { $this ?p ?o MINUS { $this a ?o } }",
        "SELECT $this ?o WHERE { $this ?p ?o { SELECT ?o WHERE { ?o a ?c } } }",
        "SELECT $this ?o WHERE { $this ?p ?o VALUES ?o { 1 } }",
        "SELECT $this ?o WHERE { GRAPH ?g { $this ?p ?o } }",
        "SELECT $this ?o WHERE { ?o ?p ?x { ?o ?q ?y FILTER (?y = $this) } }",
        "SELECT $this ?o WHERE { ?o ?p ?x OPTIONAL { ?o ?q ?y FILTER NOT EXISTS { ?y ?r $this } } }",
        "SELECT $this ?o WHERE { ?o ?p ?x { BIND ($this AS ?y) } }",
        "SELECT $this ?o WHERE { ?x ?p ?o BIND (?x AS ?this) }",
        "SELECT $this ?o WHERE { $this ?p ?o FILTER (?o != $currentShape) }",
        "SELECT $this ?o WHERE { $this ?p ?o } VALUES ?o { 1 }",
    })
    void leaveUnsafeQueriesToJena(String query) {
        assertFalse(BatchedSparqlConstraint.isBatchable(QueryFactory.create(query)), query);
    }

    @ParameterizedTest
    @DisplayName("batch a query whose every use of $this sees it bound")
    @ValueSource(strings = {
        "SELECT $this ?o WHERE { $this ?p ?o }",
        "SELECT $this WHERE { FILTER NOT EXISTS { $this ?p ?o } }",
        "SELECT $this ?o WHERE { ?o ?p ?x FILTER NOT EXISTS { { ?x ?q ?y FILTER (?y = $this) } } }",
        "SELECT $this ?o WHERE { { $this ?p ?o } UNION { ?o ?p $this } }",
        "SELECT $this (COUNT(?o) AS ?n) WHERE { $this ?p ?o } GROUP BY $this HAVING (COUNT(?o) > 1)",
        "SELECT $this ?o WHERE { $this ?p ?o BIND (STR($this) AS ?s) FILTER (?s != \"\") }",
        "SELECT $this ?o WHERE { $this ?p ?o MINUS { ?o a ?c } }",
    })
    void batchSafeQueries(String query) {
        assertTrue(BatchedSparqlConstraint.isBatchable(QueryFactory.create(query)), query);
    }

    /** Each entry as one line of every field a report states, sorted: the report as a multiset. */
    private static List<String> entries(ShapeValidator validator, Graph data) {
        return validator.entries(data).map(BatchedSparqlConstraintTest::line).sorted().toList();
    }

    private static String line(ReportEntry e) {
        return String.join(" | ", String.valueOf(e.focusNode()), String.valueOf(e.resultPath()),
            String.valueOf(e.value()), e.message(), String.valueOf(e.severity().level()), String.valueOf(e.source()),
            String.valueOf(e.sourceConstraintComponent()), String.valueOf(e.sourceConstraint()));
    }

    private static Graph bundledShapes() {
        return new RdfFileReader(BundledRelease.sources(), IRIS).read(BundledRelease.sources().shapesFile());
    }

    private static Graph bundledAsserted() {
        Graph copy = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(copy, BundledRelease.release().dataset().getGraph(NamedGraph.ONTOLOGY.node(IRIS)));
        GraphUtil.addInto(copy, BundledRelease.release().dataset().getGraph(NamedGraph.FACTS.node(IRIS)));
        return copy;
    }
}
