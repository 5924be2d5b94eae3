package org.pyconfgraph.load;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.testing.SourceTreeCopy;

/** Syntax errors in the sources name the file and the line, and every broken file is reported at once. */
@DisplayName("Reading source files")
class RdfFileReaderTest {
    private static final IriSpace IRIS = IriSpace.of("http://127.0.0.1:8080/");

    @Test
    @DisplayName("names the file, line and column of a Turtle syntax error")
    void syntaxErrorNamesFileAndLine(@TempDir Path dir) {
        SourceTreeCopy copy = SourceTreeCopy.of(dir).write("data/broken.ttl", """
            @prefix pcg: <vocab#> .
            <id/event/x> a pcg:Event ;
                pcg:ordinal "1" "2" .
            """);
        LoadException error = assertThrows(LoadException.class,
            () -> new RdfFileReader(copy.tree(), IRIS).readAll(copy.tree().dataFiles()));
        assertTrue(error.getMessage().startsWith("data/broken.ttl:3:"), error.getMessage());
    }

    @Test
    @DisplayName("refuses a literal longer than a source may hold, naming file and line")
    void overlongLiteral(@TempDir Path dir) {
        SourceTreeCopy copy = SourceTreeCopy.of(dir).write("data/long.ttl", """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <id/event/x> rdfs:label "short" .
            <id/event/x> rdfs:comment "LONG" .
            """.replace("LONG", "x".repeat(SourceTree.DEFAULT_MAX_LITERAL_LENGTH + 1)));
        LoadException error = assertThrows(LoadException.class,
            () -> new RdfFileReader(copy.tree(), IRIS).readAll(copy.tree().dataFiles()));
        assertTrue(error.getMessage().startsWith("data/long.ttl:3: a literal of 65537 characters"), error.getMessage());
    }

    @Test
    @DisplayName("names an undeclared prefix with its line")
    void undeclaredPrefix(@TempDir Path dir) {
        SourceTreeCopy copy = SourceTreeCopy.of(dir).write("data/broken.ttl", """
            <id/event/x> a <vocab#Event> .
            <id/event/x> nope:label "x" .
            """);
        LoadException error = assertThrows(LoadException.class,
            () -> new RdfFileReader(copy.tree(), IRIS).readAll(copy.tree().dataFiles()));
        assertTrue(error.getMessage().startsWith("data/broken.ttl:2:"), error.getMessage());
        assertTrue(error.getMessage().contains("nope"), error.getMessage());
    }

    @Test
    @DisplayName("treats a parser warning, such as a bad IRI, as an error")
    void warningsAreErrors(@TempDir Path dir) {
        SourceTreeCopy copy = SourceTreeCopy.of(dir).write("data/broken.ttl", """
            <id/event/x> <http://schema.org/url> <http://example.org/a b> .
            """);
        LoadException error = assertThrows(LoadException.class,
            () -> new RdfFileReader(copy.tree(), IRIS).readAll(copy.tree().dataFiles()));
        assertTrue(error.getMessage().startsWith("data/broken.ttl:1:"), error.getMessage());
    }

    @Test
    @DisplayName("reports every broken file, not only the first")
    void everyBrokenFile(@TempDir Path dir) {
        SourceTreeCopy copy = SourceTreeCopy.of(dir)
            .write("data/a-broken.ttl", "<id/event/x> a .\n")
            .write("data/z-broken.ttl", "\n\n<id/event/y> <vocab#p> <vocab#q> <vocab#r> .\n");
        LoadException error = assertThrows(LoadException.class,
            () -> new RdfFileReader(copy.tree(), IRIS).readAll(copy.tree().dataFiles()));
        assertTrue(error.getMessage().contains("data/a-broken.ttl:1:"), error.getMessage());
        assertTrue(error.getMessage().contains("data/z-broken.ttl:3:"), error.getMessage());
    }
}
