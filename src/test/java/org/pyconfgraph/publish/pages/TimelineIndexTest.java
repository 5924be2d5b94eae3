package org.pyconfgraph.publish.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.format.ExternalSort;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.publish.server.PublishingServer;
import org.pyconfgraph.release.BuildPhases;
import org.pyconfgraph.release.ReleaseFolder;
import org.pyconfgraph.testing.RunningServer;

/**
 * The timeline index of fixtures/long-series (250 editions of one series, one a year, and three undated events):
 * written by the build into the release folder, read a slice at a time, and giving the same pages as a release
 * that has none and computes it (in memory, or a folder of an older build).
 */
@DisplayName("The timeline index")
class TimelineIndexTest {
    private static final String BASE = "https://pyconf.example.org/";
    private static final ServerSettings SETTINGS = ServerSettings.defaults().withPublicBase(BASE);
    private static final SourceTree FIXTURE = SourceTree.directory(Path.of("src/test/resources/fixtures/long-series"));
    private static final List<String> PAGES = List.of("", "?page=2", "?page=3", "?page=4", "timeline.svg",
        "timeline.svg?page=3");

    @TempDir static Path temp;
    private static Path indexed;
    private static Path older;

    @BeforeAll
    static void build() throws IOException {
        indexed = ReleaseFolder.build(FIXTURE, IriSpace.of(BASE), temp.resolve("indexed"), BuildPhases.untracked(),
            PublishingServer.releaseIndexes()).folder();
        older = ReleaseFolder.build(FIXTURE, IriSpace.of(BASE), temp.resolve("older")).folder();
        // A manifest written before there were indexes has no "indexes" entry at all.
        Path manifest = older.resolve("manifest.json");
        JsonObject json = Json.createReader(new StringReader(Files.readString(manifest))).readObject();
        Files.writeString(manifest, Json.createObjectBuilder(json).remove("indexes").build().toString());
    }

    @Test
    @DisplayName("is written into the release folder by the build and listed in its manifest with its size")
    void listedInTheManifest() throws IOException {
        JsonObject manifest = Json.createReader(new StringReader(Files.readString(indexed.resolve("manifest.json"))))
            .readObject();
        JsonObject entry = manifest.getJsonArray("indexes").getJsonObject(0);
        assertEquals(TimelineIndex.FILE, entry.getString("file"));
        assertEquals(Files.size(indexed.resolve("indexes").resolve(TimelineIndex.FILE)),
            entry.getJsonNumber("bytes").longValue());
    }

    @Test
    @DisplayName("gives any slice of the events in the timeline's order, the series by label with their editions, "
        + "and a series' editions by its IRI")
    void slices() {
        TimelineIndex index = TimelineIndex.open(indexed.resolve("indexes").resolve(TimelineIndex.FILE));
        assertEquals(253, index.events());
        List<String> all = new ArrayList<>();
        for (long first = 0; first < index.events(); first += 7) all.addAll(index.events(first, 7));
        List<String> expected = new ArrayList<>();
        for (int year = 1; year <= 250; year++) expected.add(BASE + "id/event/long-" + year);
        for (String undated : List.of("a", "b", "c")) expected.add(BASE + "id/event/undated-" + undated);
        assertEquals(expected, all);
        assertEquals(List.of(), index.events(253, 100));
        assertEquals(List.of(new TimelineIndex.Entry(BASE + "id/series/long", 250)), index.series(0, 100));
        assertEquals(OptionalLong.of(250), index.editions(BASE + "id/series/long"));
        assertEquals(OptionalLong.empty(), index.editions(BASE + "id/series/longer"));
        assertEquals(OptionalLong.empty(), index.editions(BASE + "id/event/long-1"));
    }

    @Test
    @DisplayName("written again from the database, is the same bytes: the order does not depend on the run")
    void sameBytesAgain() throws IOException {
        Path again = temp.resolve("again.idx");
        TimelineIndex.RELEASE_INDEX.write(older.resolve("tdb2"), IriSpace.of(BASE), again);
        assertEquals(-1, Files.mismatch(indexed.resolve("indexes").resolve(TimelineIndex.FILE), again));
    }

    @Test
    @DisplayName("written with sorts that hold 3 rows in memory and spill the rest to files, is the same bytes")
    void sameBytesWhenTheSortsSpill() throws IOException {
        Path spilled = temp.resolve("spilled.idx");
        long runsBefore = ExternalSort.spilledRuns();
        System.setProperty(ExternalSort.RUN_PROPERTY, "3");
        try {
            TimelineIndex.RELEASE_INDEX.write(older.resolve("tdb2"), IriSpace.of(BASE), spilled);
        } finally {
            System.clearProperty(ExternalSort.RUN_PROPERTY);
        }
        assertTrue(ExternalSort.spilledRuns() - runsBefore > 3, "runs went to files");
        assertEquals(-1, Files.mismatch(indexed.resolve("indexes").resolve(TimelineIndex.FILE), spilled));
    }

    @Test
    @DisplayName("gives the same home pages and timeline files as a release without one, in memory or in a folder")
    void samePages() {
        try (RunningServer fromIndex = RunningServer.startRelease(indexed, SETTINGS);
             RunningServer fromOlder = RunningServer.startRelease(older, SETTINGS);
             RunningServer inMemory = RunningServer.start(FIXTURE, SETTINGS)) {
            for (String page : PAGES) {
                HttpResponse<String> expected = get(inMemory, page);
                for (RunningServer server : List.of(fromIndex, fromOlder)) {
                    HttpResponse<String> answer = get(server, page);
                    assertEquals(expected.statusCode(), answer.statusCode(), page);
                    assertEquals(expected.body(), answer.body(), page);
                }
            }
            assertTrue(get(fromIndex, "?page=3").body().contains("undated-c"));
        }
    }

    private static HttpResponse<String> get(RunningServer server, String page) {
        return RunningServer.send(HttpRequest.newBuilder(URI.create(server.local(page)))
            .header("Accept", "text/html").build());
    }
}
