package org.pyconfgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pyconfgraph.load.RdfFileReader;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.testing.BundledRelease;

/**
 * The shapes accept the bundled data and reject each kind of broken data with a report an editor can act on.
 * Each fixture in {@code src/test/resources/broken-data/} is a SPARQL Update that breaks one rule of the
 * bundled data; its first line says which node must be reported and with which words.
 */
@DisplayName("The SHACL shapes")
class ShapeValidatorTest {
    private static final Path FIXTURES = Path.of("src/test/resources/broken-data");
    private static final IriSpace IRIS = BundledRelease.iris();
    private static final ShapeValidator VALIDATOR = new ShapeValidator(
        new RdfFileReader(BundledRelease.sources(), IRIS).read(BundledRelease.sources().shapesFile()));

    @Test
    @DisplayName("accept the bundled ontology and facts")
    void acceptTheBundledData() {
        assertEquals(List.of(), VALIDATOR.violations(bundledAsserted()));
    }

    @TestFactory
    @DisplayName("reject each broken fixture, naming the node and the rule")
    Stream<DynamicTest> rejectEachBrokenFixture() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            fixtures = files.filter(p -> p.toString().endsWith(".ru")).sorted().toList();
        }
        assertTrue(fixtures.size() >= 20, "a fixture per rule");
        return fixtures.stream().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
            String update = Files.readString(fixture);
            String[] expectation = update.lines().findFirst().orElseThrow().replaceFirst("^# expect: ", "").split(" \\| ", 2);
            String focusNode = IRIS.resolve(expectation[0].strip());
            String words = expectation[1].strip();

            Graph data = bundledAsserted();
            UpdateExec.dataset(DatasetGraphFactory.wrap(data)).update(UpdateFactory.create(update, IRIS.base())).execute();
            List<Violation> violations = VALIDATOR.violations(data);

            assertTrue(violations.stream().anyMatch(v -> v.focusNode().equals(focusNode) && v.message().contains(words)),
                () -> "expected a violation at " + focusNode + " saying '" + words + "', got:\n" + violations);
        }));
    }

    @Test
    @DisplayName("report a violation as node, path, message and rule")
    void reportNodePathMessageAndRule() {
        Graph data = bundledAsserted();
        UpdateExec.dataset(DatasetGraphFactory.wrap(data))
            .update(UpdateFactory.create("DELETE WHERE { <id/event/python10> <http://www.w3.org/2000/01/rdf-schema#label> ?l }", IRIS.base()))
            .execute();
        ValidationException rejected = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
            () -> VALIDATOR.requireConforms(data));
        assertEquals(1, rejected.violations().size());
        assertTrue(rejected.getMessage().contains(IRIS.thing("event/python10")
            + " <http://www.w3.org/2000/01/rdf-schema#label>: needs exactly one rdfs:label"), rejected.getMessage());
        assertTrue(rejected.getMessage().contains("[MinCountConstraintComponent]"), rejected.getMessage());
    }

    private static Graph bundledAsserted() {
        Graph copy = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(copy, BundledRelease.release().dataset().getGraph(NamedGraph.ONTOLOGY.node(IRIS)));
        GraphUtil.addInto(copy, BundledRelease.release().dataset().getGraph(NamedGraph.FACTS.node(IRIS)));
        return copy;
    }
}
