package org.pyconfgraph.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.testing.RunningServer;

/**
 * A series with more editions than its page lists (fixtures/long-series: 250 editions, one a year): the page lists
 * the first ones held, no more than its cap, and says how many there are.
 */
@DisplayName("The page of a series with many editions")
class SeriesEditionsCapTest {
    private static RunningServer server;
    private static Document page;

    @BeforeAll
    static void start() {
        server = RunningServer.start(SourceTree.directory(Path.of("src/test/resources/fixtures/long-series")),
            ServerSettings.defaults());
        HttpResponse<String> response = server.get("doc/series/long.html");
        assertEquals(200, response.statusCode(), response::body);
        page = Jsoup.parse(response.body(), server.base());
    }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    @DisplayName("lists the first editions held, in order, no more than its cap")
    void firstEditions() {
        List<String> listed = page.select("table.editions tbody th a").eachAttr("href");
        assertEquals(SeriesEditions.SHOWN, listed.size());
        List<String> expected = new ArrayList<>();
        for (int year = 1; year <= SeriesEditions.SHOWN; year++) expected.add(server.url("id/event/long-" + year));
        assertEquals(expected, listed);
    }

    @Test
    @DisplayName("says how many editions the series has, and how many are listed")
    void count() {
        String count = page.selectFirst("section.editions p.count").text();
        assertTrue(count.contains("250 editions") && count.contains("first " + SeriesEditions.SHOWN), count);
    }
}
