package org.pyconfgraph.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Path;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.testing.RunningServer;
import org.pyconfgraph.testing.SourceTreeCopy;

/** What the facts state in schema.org terms reaches a page's embedded JSON-LD, as search engines want it. */
@DisplayName("An event page's embedded JSON-LD")
class SchemaOrgFactsEmbeddedTest {
    private static final String STATUS = """
        @prefix schema: <http://schema.org/> .
        <id/event/python10> schema:eventStatus schema:EventScheduled ;
            schema:eventAttendanceMode schema:OfflineEventAttendanceMode .
        """;

    @TempDir static Path sources;
    private static RunningServer server;

    @BeforeAll static void start() {
        server = RunningServer.start(SourceTreeCopy.of(sources).write("data/status.ttl", STATUS).tree(),
            ServerSettings.defaults());
    }

    @AfterAll static void stop() { server.close(); }

    @Test
    @DisplayName("carries schema:eventStatus and schema:eventAttendanceMode where the data states them")
    void statusAndAttendanceMode() {
        String page = server.get("doc/event/python10.html").body();
        JsonObject json = Json.createReader(new StringReader(
            Jsoup.parse(page).selectFirst("script[type=application/ld+json]").data())).readObject();
        assertEquals("http://schema.org/EventScheduled", json.getJsonObject("eventStatus").getString("@id"));
        assertEquals("http://schema.org/OfflineEventAttendanceMode",
            json.getJsonObject("eventAttendanceMode").getString("@id"));
    }
}
