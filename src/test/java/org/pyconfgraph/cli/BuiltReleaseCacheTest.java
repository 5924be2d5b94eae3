package org.pyconfgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.load.LoadException;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.publish.server.PublishingServer;
import org.pyconfgraph.release.ReleaseBuilder;
import org.pyconfgraph.release.ReleaseIndex;

@DisplayName("The release cache of serve")
class BuiltReleaseCacheTest {
    private static final ServerSettings SETTINGS =
        new ServerSettings("127.0.0.1", 8080, null, Duration.ofSeconds(10));

    @TempDir Path temp;
    private SourceTree sources;
    private BuiltReleaseCache cache;

    @BeforeEach
    void copyFixture() throws IOException {
        Path fixture = Path.of("src/test/resources/fixtures/ring");
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = temp.resolve("sources").resolve(fixture.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(to);
                else Files.copy(file, to);
            }
        }
        sources = SourceTree.directory(temp.resolve("sources"));
        cache = new BuiltReleaseCache(temp.resolve("cache"));
    }

    @Test
    @DisplayName("builds the sources into a release folder the first time and serves that same folder on the next start")
    void reusesTheFolder() throws IOException {
        String firstId = serveAndClose(SETTINGS);
        List<Path> folders = folders();
        assertEquals(1, folders.size(), folders::toString);
        String manifest = Files.readString(folders.get(0).resolve("manifest.json"));

        String secondId = serveAndClose(SETTINGS);

        assertEquals(firstId, secondId);
        assertEquals(folders, folders());
        assertEquals(manifest, Files.readString(folders.get(0).resolve("manifest.json")), "the folder was built again");
        assertEquals(new ReleaseBuilder(sources, SETTINGS.iriSpace()).build().id(), firstId,
            "the cached release is not the one the sources build into memory");
    }

    @Test
    @DisplayName("writes the indexes build --out writes, so that no first request sorts the store")
    void writesTheReleaseIndexes() throws IOException {
        serveAndClose(SETTINGS);
        Path indexes = folders().get(0).resolve("indexes");
        for (ReleaseIndex index : PublishingServer.releaseIndexes())
            assertTrue(Files.size(indexes.resolve(index.file())) > 0, index.file());
    }

    @Test
    @DisplayName("builds a new folder when a source file changes, and serves what the changed sources say")
    void buildsAgainAfterAChange() throws IOException {
        serveAndClose(SETTINGS);
        Path data = sources.dataFiles().get(0);
        Files.writeString(data, "\n# edited\n", StandardOpenOption.APPEND);

        serveAndClose(SETTINGS);

        assertEquals(2, folders().size(), folders()::toString);
    }

    @Test
    @DisplayName("builds a new folder for another base, since a release's IRIs are fixed when it is built")
    void buildsAgainForAnotherBase() {
        String first = serveAndClose(SETTINGS);
        String other = serveAndClose(SETTINGS.withPort(8081));

        assertEquals(2, folders().size(), folders()::toString);
        assertNotEquals(first, other);
    }

    @Test
    @DisplayName("refuses sources that cannot be read, as without a cache, and keeps no folder of them")
    void refusesBrokenSources() throws IOException {
        Files.writeString(sources.dataFiles().get(0), "\nthis is not Turtle\n", StandardOpenOption.APPEND);

        assertThrows(LoadException.class, () -> cache.open(sources, SETTINGS));
        assertTrue(folders().isEmpty(), folders()::toString);
    }

    @Test
    @DisplayName("builds into memory when the cache folder cannot be made")
    void fallsBackToMemory() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("file"), "");
        PublishingContext context = new BuiltReleaseCache(notAFolder.resolve("cache")).open(sources, SETTINGS);
        try {
            assertFalse(context.store().description().contains("TDB2"), context.store().description());
        } finally {
            context.store().close();
        }
    }

    private String serveAndClose(ServerSettings settings) {
        PublishingContext context = cache.open(sources, settings);
        try {
            assertTrue(context.store().description().contains("TDB2"), context.store().description());
            return context.release().id();
        } finally {
            context.store().close();
        }
    }

    /** The release folders in the cache (a build's hidden staging folder is not one). */
    private List<Path> folders() {
        Path directory = temp.resolve("cache");
        if (!Files.isDirectory(directory)) return List.of();
        try (Stream<Path> listed = Files.list(directory)) {
            return listed.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
