package org.pyconfgraph.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.load.LoadException;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.testing.BundledRelease;
import org.pyconfgraph.testing.SourceTreeCopy;
import org.pyconfgraph.validate.ValidationException;

/** A release is built whole from valid sources, or not at all. */
@DisplayName("Building a release")
class ReleaseBuilderTest {

    @Test
    @DisplayName("gives one named graph each for ontology, facts, inferred statements and metadata")
    void fourNamedGraphs() {
        IriSpace iris = BundledRelease.iris();
        Set<Node> names = new java.util.HashSet<>();
        BundledRelease.release().dataset().listGraphNodes().forEachRemaining(names::add);
        assertEquals(Set.of(NamedGraph.values()).stream().map(g -> g.node(iris)).collect(Collectors.toSet()), names);
        for (Node name : names) assertTrue(BundledRelease.release().dataset().getGraph(name).size() > 0, name::toString);
    }

    @Test
    @DisplayName("mints every IRI of the data under the instance's base")
    void followsTheBase(@TempDir Path dir) {
        IriSpace elsewhere = IriSpace.of("https://pyconf.example.org/");
        Release release = new ReleaseBuilder(SourceTreeCopy.of(dir).tree(), elsewhere).build();
        Node facts = NamedGraph.FACTS.node(elsewhere);
        assertTrue(release.dataset().getGraph(facts).contains(
            org.apache.jena.graph.NodeFactory.createURI("https://pyconf.example.org/id/event/python10"),
            org.apache.jena.graph.NodeFactory.createURI("https://pyconf.example.org/vocab#inSeries"),
            org.apache.jena.graph.NodeFactory.createURI("https://pyconf.example.org/id/series/ipc")));
        release.dataset().stream().forEach(q -> assertTrue(
            !q.getSubject().isURI() || !q.getSubject().getURI().startsWith(BundledRelease.iris().base()), q::toString));
    }

    @Test
    @DisplayName("has the same id on every build of the same sources, and another for other data")
    void stableReleaseId(@TempDir Path a, @TempDir Path b) {
        IriSpace iris = BundledRelease.iris();
        SourceTreeCopy copy = SourceTreeCopy.of(a);
        String first = new ReleaseBuilder(copy.tree(), iris).build().id();
        assertEquals(first, new ReleaseBuilder(copy.tree(), iris).build().id());
        SourceTreeCopy edited = SourceTreeCopy.of(b).write("data/extra.ttl", """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <id/event/python10> rdfs:comment "An extra statement."@en .
            """);
        assertNotEquals(first, new ReleaseBuilder(edited.tree(), iris).build().id());
    }

    @Test
    @DisplayName("has another id when only the bytes of a dump or the declared description change")
    void releaseIdNamesThePublishedBytes(@TempDir Path a, @TempDir Path b, @TempDir Path c) throws Exception {
        IriSpace iris = BundledRelease.iris();
        String first = new ReleaseBuilder(SourceTreeCopy.of(a).tree(), iris).build().id();
        String context = Files.readString(Path.of("ontology/context.jsonld"));
        SourceTreeCopy renamedTerm = SourceTreeCopy.of(b)
            .write("ontology/context.jsonld", context.replace("\"hedge\":", "\"caveat\":"));
        assertNotEquals(first, new ReleaseBuilder(renamedTerm.tree(), iris).build().id(), "another JSON-LD dump");
        String declared = Files.readString(Path.of("data/metadata/dataset.ttl"));
        SourceTreeCopy retitled = SourceTreeCopy.of(c)
            .write("data/metadata/dataset.ttl", declared.replace("the history of Python conferences", "a history"));
        assertNotEquals(first, new ReleaseBuilder(retitled.tree(), iris).build().id(), "another description");
    }

    @Test
    @DisplayName("fails on a syntax error, naming the file and line")
    void syntaxErrorFails(@TempDir Path dir) {
        SourceTreeCopy broken = SourceTreeCopy.of(dir).write("data/broken.ttl", "\n<id/event/x> a a .\n");
        LoadException error = assertThrows(LoadException.class,
            () -> new ReleaseBuilder(broken.tree(), BundledRelease.iris()).build());
        assertTrue(error.getMessage().startsWith("data/broken.ttl:2:"), error.getMessage());
    }

    @Test
    @DisplayName("fails on data that breaks the shapes, naming node, path and message")
    void shapeViolationFails(@TempDir Path dir) {
        SourceTreeCopy broken = SourceTreeCopy.of(dir).write("data/broken.ttl", """
            @prefix pcg: <vocab#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <id/event/python10> pcg:endDate "2002-01-01"^^xsd:date .
            """);
        ValidationException error = assertThrows(ValidationException.class,
            () -> new ReleaseBuilder(broken.tree(), BundledRelease.iris()).build());
        assertTrue(error.getMessage().contains(BundledRelease.iris().thing("event/python10")), error.getMessage());
        assertTrue(error.getMessage().contains("is before pcg:startDate"), error.getMessage());
    }
}
