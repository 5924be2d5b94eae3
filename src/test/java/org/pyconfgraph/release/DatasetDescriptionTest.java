package org.pyconfgraph.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.load.LoadException;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.BundledRelease;
import org.pyconfgraph.testing.SourceTreeCopy;

/**
 * How the metadata graph is built. That its figures are true of what the server returns is specified over HTTP,
 * in {@code publish/DatasetMetadataTest}.
 */
@DisplayName("The dataset description in the metadata graph")
class DatasetDescriptionTest {
    private static final String DECLARED = "data/metadata/dataset.ttl";

    @Test
    @DisplayName("names every node by an IRI: the dataset, and its parts as <dataset#…>")
    void noBlankNodes() {
        IriSpace iris = BundledRelease.iris();
        Graph metadata = metadata(BundledRelease.release());
        assertTrue(metadata.size() > 100, "the computed description is there");
        for (Triple t : metadata.find().toList()) {
            assertTrue(!t.getObject().isBlank(), t::toString);
            String subject = t.getSubject().getURI();
            assertTrue(subject.equals(iris.dataset()) || subject.startsWith(iris.datasetPart("")), t::toString);
        }
    }

    @Test
    @DisplayName("is the same graph on every build of the same sources")
    void deterministic() {
        Release again = new ReleaseBuilder(BundledRelease.sources(), BundledRelease.iris()).build();
        assertEquals(Set.copyOf(metadata(BundledRelease.release()).find().toList()),
            Set.copyOf(metadata(again).find().toList()));
    }

    @Test
    @DisplayName("keeps what data/metadata/ declares")
    void keepsTheDeclaredDescription() {
        Graph metadata = metadata(BundledRelease.release());
        Graph declared = org.apache.jena.riot.RDFParser.source(DECLARED).base(BundledRelease.iris().base()).toGraph();
        declared.find().forEachRemaining(t -> assertTrue(metadata.contains(t), t::toString));
    }

    @Test
    @DisplayName("fails the build when a declared example resource is not in the data")
    void exampleResourcesMustExist(@TempDir Path dir) throws Exception {
        SourceTreeCopy copy = SourceTreeCopy.of(dir);
        String declared = Files.readString(Path.of(DECLARED));
        copy.write(DECLARED, declared.replace("<id/series/ipc>", "<id/series/no-such-series>"));
        LoadException error = assertThrows(LoadException.class,
            () -> new ReleaseBuilder(copy.tree(), BundledRelease.iris()).build());
        assertTrue(error.getMessage().contains("id/series/no-such-series"), error.getMessage());
    }

    @Test
    @DisplayName("refuses a blank node in the declared description, which no document could name")
    void declaredBlankNodesAreRefused(@TempDir Path dir) throws Exception {
        SourceTreeCopy copy = SourceTreeCopy.of(dir);
        copy.write("data/metadata/contact.ttl", """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            <dataset> dcat:contactPoint [ foaf:name "someone" ] .
            """);
        LoadException error = assertThrows(LoadException.class,
            () -> new ReleaseBuilder(copy.tree(), BundledRelease.iris()).build());
        assertTrue(error.getMessage().contains("blank node"), error.getMessage());
    }

    @Test
    @DisplayName("names the vocabularies of the data: ours by its ontology IRI, the others by namespace")
    void vocabularies() {
        IriSpace iris = BundledRelease.iris();
        assertEquals(iris.vocabulary(), DatasetStatistics.vocabularyOf(iris.term("inSeries"), iris));
        assertEquals(Vocabularies.SCHEMA, DatasetStatistics.vocabularyOf(Vocabularies.SCHEMA + "Event", iris));
        assertEquals("http://example.org/unknown/", DatasetStatistics.vocabularyOf("http://example.org/unknown/term", iris));
        assertEquals("http://example.org/hash#", DatasetStatistics.vocabularyOf("http://example.org/hash#term", iris));
    }

    private static Graph metadata(Release release) {
        Node name = NamedGraph.METADATA.node(release.iris());
        return release.dataset().getGraph(name);
    }
}
