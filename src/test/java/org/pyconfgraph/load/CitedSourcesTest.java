package org.pyconfgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.release.ReleaseBuilder;
import org.pyconfgraph.testing.SourceTreeCopy;

@DisplayName("A citation of a source no data file declares")
class CitedSourcesTest {
    private static final IriSpace IRIS = IriSpace.of("http://127.0.0.1:8080/");

    @Test
    @DisplayName("is reported with the file and line of every citation and the key as written")
    void namesFileLineAndKey(@TempDir Path dir) {
        SourceTreeCopy copy = SourceTreeCopy.of(dir).write("data/typo.ttl", """
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix source:  <id/source/> .

            <id/event/pycon-2011#venue>
                dcterms:source source:A11w .
            <id/event/pycon-2012#venue> dcterms:source <id/source/A11w>, source:A12v .
            """);
        LoadException rejected = assertThrows(LoadException.class, () -> new ReleaseBuilder(copy.tree(), IRIS).build());
        assertEquals("""
            data/typo.ttl:5: cites source:A11w, which no pcg:Source declares (an unknown source key? sources are declared in data/sources.ttl)
            data/typo.ttl:6: cites source:A11w, which no pcg:Source declares (an unknown source key? sources are declared in data/sources.ttl)""",
            rejected.getMessage());
    }

    @Test
    @DisplayName("is not confused with a longer key that starts the same (source:W1 in source:W10)")
    void wholeKeysOnly(@TempDir Path dir) {
        SourceTreeCopy copy = SourceTreeCopy.of(dir).write("data/typo.ttl", """
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix source:  <id/source/> .
            <id/event/pycon-2011#venue> dcterms:source source:W1x .
            """);
        LoadException rejected = assertThrows(LoadException.class, () -> new ReleaseBuilder(copy.tree(), IRIS).build());
        assertTrue(rejected.getMessage().startsWith("data/typo.ttl:3: cites source:W1x"), rejected.getMessage());
        assertEquals(1, rejected.getMessage().lines().count(), rejected.getMessage());
    }
}
