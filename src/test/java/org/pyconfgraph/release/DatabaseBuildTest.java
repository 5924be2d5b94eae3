package org.pyconfgraph.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.testing.BundledRelease;
import org.pyconfgraph.testing.SourceTreeCopy;
import org.pyconfgraph.validate.ValidationException;

/**
 * {@code build --out} parses into its TDB2 database and validates and infers there, giving the release the
 * in-memory build gives, and refusing broken sources with the same messages.
 */
@DisplayName("Building a release in its database")
class DatabaseBuildTest {
    private static final IriSpace IRIS = BundledRelease.iris();
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/long-series");

    @TempDir Path temp;

    @Test
    @DisplayName("validates the database: a triple put there, in no source file, is reported")
    void validatesTheDatabase() {
        Quad endBeforeStart = Quad.create(NamedGraph.FACTS.node(IRIS), NodeFactory.createURI(IRIS.thing("event/python10")),
            NodeFactory.createURI(IRIS.term("endDate")), NodeFactory.createLiteralDT("2002-01-01",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        ValidationException error = assertThrows(ValidationException.class,
            () -> buildWith(BundledRelease.sources(), endBeforeStart));
        assertTrue(error.getMessage().contains(IRIS.thing("event/python10")), error.getMessage());
        assertTrue(error.getMessage().contains("is before pcg:startDate"), error.getMessage());
    }

    @Test
    @DisplayName("infers from the database: triples put there, in no source file, are inferred from, blank nodes kept")
    void infersFromTheDatabase() {
        Node event = NodeFactory.createURI(IRIS.thing("event/python10"));
        Node label = NodeFactory.createLiteralLang("an alternative label the test put in the database", "en");
        Node blank = NodeFactory.createBlankNode();
        Node entity = NodeFactory.createURI("http://www.wikidata.org/entity/Q1");
        Node facts = NamedGraph.FACTS.node(IRIS);
        DatasetGraph database = buildWith(BundledRelease.sources(), Quad.create(facts, event, SKOS.altLabel.asNode(), label),
            Quad.create(facts, blank, SKOS.exactMatch.asNode(), entity));
        try {
            Graph inferred = database.getGraph(NamedGraph.INFERRED.node(IRIS));
            Txn.executeRead(database, () -> {
                assertTrue(inferred.contains(event, NodeFactory.createURI("http://schema.org/alternateName"), label),
                    "schema:alternateName inferred from the database's skos:altLabel");
                assertTrue(inferred.contains(blank, NodeFactory.createURI("http://schema.org/sameAs"), entity),
                    "schema:sameAs inferred for the same blank node, not a copy of it");
            });
        } finally {
            TDBInternal.expel(database);
        }
    }

    @Test
    @DisplayName("gives the release the in-memory build gives: same id, dumps and graph sizes")
    void sameReleaseAsInMemory() throws IOException {
        SourceTree sources = SourceTree.directory(FIXTURE);
        Release inMemory = new ReleaseBuilder(sources, IRIS).build();
        ReleaseFolder built = ReleaseFolder.build(sources, IRIS, temp.resolve("release"));
        try {
            assertEquals(inMemory.id(), built.release().id());
            for (NamedGraph graph : NamedGraph.values())
                assertEquals((long) inMemory.dataset().getGraph(graph.node(IRIS)).size(),
                    built.graphTriples().get(graph.node(IRIS).getURI()), graph.name());
            for (Dump dump : inMemory.dumps())
                assertEquals(dump.sha256(), Dump.sha256(Files.readAllBytes(built.folder().resolve("dumps")
                    .resolve(dump.fileName()))), dump.fileName());
        } finally {
            TDBInternal.expel(built.release().dataset());
        }
    }

    @Test
    @DisplayName("labels blank nodes the same on every build, in memory and in its database, each file in its own scope")
    void sameBlankNodeLabels() throws IOException {
        String notes = """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <id/series/long> rdfs:seeAlso _:note , [ rdfs:label "an anonymous note"@en ] .
            _:note rdfs:label "%s"@en .
            """;
        SourceTree sources = SourceTreeCopy.of(FIXTURE, Files.createDirectory(temp.resolve("sources")))
            .write("data/notes-a.ttl", notes.formatted("a note of file a"))
            .write("data/notes-b.ttl", notes.formatted("a note of file b")).tree();
        Release first = new ReleaseBuilder(sources, IRIS).build();
        Release second = new ReleaseBuilder(sources, IRIS).build();
        ReleaseFolder built = ReleaseFolder.build(sources, IRIS, temp.resolve("release"));
        try {
            assertEquals(first.id(), second.id(), "two builds in memory");
            assertEquals(first.id(), built.release().id(), "in memory and in the database");
            Graph facts = first.dataset().getGraph(NamedGraph.FACTS.node(IRIS));
            assertEquals(4, facts.find(Node.ANY, RDFS.seeAlso.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isBlank).distinct().count(),
                "_:note of each file is a node of its own, as is each anonymous node");
            for (String file : new String[] {"a", "b"}) {
                Node note = facts.find(Node.ANY, RDFS.label.asNode(),
                    NodeFactory.createLiteralLang("a note of file " + file, "en")).next().getSubject();
                assertTrue(facts.contains(Node.ANY, RDFS.seeAlso.asNode(), note), "_:note is one node within file " + file);
            }
        } finally {
            TDBInternal.expel(built.release().dataset());
        }
    }

    static Stream<Arguments> brokenSources() {
        return Stream.of(
            Arguments.of("a syntax error", "data/broken.ttl", "\n<id/event/x> a a .\n"),
            Arguments.of("a bad IRI", "data/broken.ttl", "<id/event/x> <http://schema.org/url> <http://example.org/a b> .\n"),
            Arguments.of("an overlong literal", "data/long.ttl", """
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <id/event/x> rdfs:comment "%s" .
                """.formatted("x".repeat(SourceTree.DEFAULT_MAX_LITERAL_LENGTH + 1))),
            Arguments.of("an undeclared source", "data/typo.ttl", """
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix source:  <id/source/> .
                <id/event/pycon-2011#venue> dcterms:source source:A11w .
                """),
            Arguments.of("a shape violation", "data/broken.ttl", """
                @prefix pcg: <vocab#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <id/event/python10> pcg:endDate "2002-01-01"^^xsd:date .
                """),
            Arguments.of("a broken ontology file", "ontology/broken.ttl", "<vocab#x> a .\n"),
            Arguments.of("a broken metadata file", "data/metadata/broken.ttl", "<id/x> <vocab#p> .\n"),
            Arguments.of("a rule that is not a query", "ontology/rules/broken.rq", "CONSTRUCT { ?s ?p ?o } WHERE {\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSources")
    @DisplayName("refuses broken sources with the in-memory build's message and leaves no folder")
    void sameRefusals(String what, String file, String content) throws IOException {
        SourceTreeCopy copy = SourceTreeCopy.of(Files.createDirectory(temp.resolve("sources"))).write(file, content);
        RuntimeException inMemory = assertThrows(RuntimeException.class,
            () -> new ReleaseBuilder(copy.tree(), IRIS).build());
        Path releases = Files.createDirectory(temp.resolve("releases"));
        RuntimeException built = assertThrows(RuntimeException.class,
            () -> ReleaseFolder.build(copy.tree(), IRIS, releases.resolve("r1")));
        assertEquals(inMemory.getClass(), built.getClass(), what);
        assertEquals(inMemory.getMessage(), built.getMessage(), what);
        try (Stream<Path> left = Files.list(releases)) {
            assertEquals(List.of(), left.toList(), "nothing is left of the failed build");
        }
    }

    /** Builds the sources into a database that holds {@code extra} already; the database stays open. */
    private DatasetGraph buildWith(SourceTree sources, Quad... extra) {
        DatasetGraph database = DatabaseMgr.connectDatasetGraph(Location.create(temp.resolve("tdb2")));
        try {
            Txn.executeWrite(database, () -> List.of(extra).forEach(database::add));
            new DatabaseBuild(sources, IRIS, database, BuildPhases.untracked()).build(temp);
            return database;
        } catch (RuntimeException e) {
            TDBInternal.expel(database);
            throw e;
        }
    }
}
