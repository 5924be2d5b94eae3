package org.pyconfgraph.publish.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.testing.RunningServer;

/**
 * The home page of a store with more events than one page holds (fixtures/long-series: 250 editions of one series,
 * one a year, and three undated events): its events come in pages that link to each other, each no longer than a
 * page, together every event once, in order of date.
 */
@DisplayName("The home page of a large store")
class HomePagingTest {
    private static final String EVERY_EVENT = "SELECT DISTINCT ?event { ?event a/rdfs:subClassOf* pcg:Event }";
    private static RunningServer server;
    private static List<Document> pages;

    @BeforeAll
    static void start() {
        server = RunningServer.start(SourceTree.directory(Path.of("src/test/resources/fixtures/long-series")),
            ServerSettings.defaults());
        pages = new ArrayList<>();
        String url = "";
        while (url != null) {
            HttpResponse<String> response = server.get(url, "Accept", "text/html");
            assertEquals(200, response.statusCode(), url);
            Document page = Jsoup.parse(response.body(), server.base());
            pages.add(page);
            assertTrue(pages.size() <= 10, "the next links end");
            Element next = page.selectFirst("nav.pages a[rel=next]");
            url = next == null ? null : next.attr("href").substring(server.base().length());
        }
    }

    @AfterAll
    static void stop() { server.close(); }

    private static List<String> tableEvents(Document page) {
        return page.select("table.events tr.event td:first-child a").stream().map(a -> a.attr("href")).toList();
    }

    @Test
    @DisplayName("splits the events into pages of at most one page's size, each on the timeline and in the table")
    void pagesAreBounded() {
        int expected = (StoreAnswers.iris(server, EVERY_EVENT, "event").size() + TimelineReader.EVENTS_PER_PAGE - 1)
            / TimelineReader.EVENTS_PER_PAGE;
        assertTrue(expected > 1, "the fixture holds more than a page");
        assertEquals(expected, pages.size());
        for (Document page : pages) {
            assertTrue(tableEvents(page).size() <= TimelineReader.EVENTS_PER_PAGE, page.location());
            assertTrue(page.select("svg.timeline a.event").size() <= TimelineReader.EVENTS_PER_PAGE, page.location());
            assertEquals(Set.copyOf(tableEvents(page)), Set.copyOf(page.select("svg.timeline a.event").eachAttr("href")));
        }
        assertEquals(TimelineReader.EVENTS_PER_PAGE, tableEvents(pages.get(0)).size());
    }

    @Test
    @DisplayName("lists every event exactly once over its pages, in order of date, the undated last")
    void everyEventOnce() {
        List<String> all = new ArrayList<>();
        pages.forEach(page -> all.addAll(tableEvents(page)));
        assertEquals(all.size(), new LinkedHashSet<>(all).size(), "no event on two pages");
        assertEquals(StoreAnswers.iris(server, EVERY_EVENT, "event"), Set.copyOf(all));
        List<String> expected = new ArrayList<>();
        for (int year = 1; year <= 250; year++) expected.add(server.url("id/event/long-" + year));
        for (String undated : List.of("a", "b", "c")) expected.add(server.url("id/event/undated-" + undated));
        assertEquals(expected, all);
    }

    @Test
    @DisplayName("links each page to the previous and the next, and counts every event on each")
    void pagesLinkToEachOther() {
        for (int i = 0; i < pages.size(); i++) {
            Document page = pages.get(i);
            Element previous = page.selectFirst("nav.pages a[rel=prev]");
            if (i == 0) assertNull(previous);
            else assertEquals(i == 1 ? server.base() : server.base() + "?page=" + i, previous.attr("href"));
            if (i == pages.size() - 1) assertNull(page.selectFirst("nav.pages a[rel=next]"));
            assertTrue(page.text().contains("253 events"), "the total, on page " + (i + 1));
            assertNotNull(page.selectFirst("a[href=" + server.base() + "timeline.svg" + (i == 0 ? "" : "?page=" + (i + 1))
                + "]"), "the page's own SVG file");
        }
    }

    @Test
    @DisplayName("counts a series' editions in its table row, not only those on the page")
    void seriesTable() {
        Element row = pages.get(0).selectFirst("table.series a[href=" + server.url("id/series/long") + "]")
            .closest("tr");
        assertEquals("250", row.select("td").get(2).text());
    }

    @Test
    @DisplayName("answers 404 for a page past the last, page 0 and a page that is not a number; the SVG file too")
    void noSuchPage() {
        for (String query : List.of("?page=" + (pages.size() + 1), "?page=0", "?page=two", "?page=-1"))
            assertEquals(404, server.get(query, "Accept", "text/html").statusCode(), query);
        assertEquals(404, server.get("timeline.svg?page=" + (pages.size() + 1)).statusCode());
        HttpResponse<String> svg = server.get("timeline.svg?page=2");
        assertEquals(200, svg.statusCode());
        assertEquals(Set.copyOf(tableEvents(pages.get(1))),
            Set.copyOf(Jsoup.parse(svg.body(), "").select("a.event").eachAttr("href")));
    }
}
