package org.pyconfgraph.publish.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.testing.RunningServer;
import org.w3c.dom.NodeList;

/** The home page shows every event of the store on its timeline, and the links between them. */
@DisplayName("The home page")
class HomePageTest {
    private static final String EVERY_EVENT = "SELECT DISTINCT ?event { ?event a/rdfs:subClassOf* pcg:Event }";
    private static RunningServer server;
    private static Document page;

    @BeforeAll
    static void start() {
        server = RunningServer.shared();
        HttpResponse<String> response = server.get("", "Accept", "text/html");
        assertEquals(200, response.statusCode());
        page = Jsoup.parse(response.body(), server.base());
    }

    private static Set<String> hrefs(String cssQuery) {
        return page.select(cssQuery).stream().map(a -> a.attr("href")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> connectors(String group) {
        return page.select("svg.timeline g." + group + " path").stream()
            .map(p -> p.attr("data-from") + " → " + p.attr("data-to")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    @DisplayName("draws a link to its IRI for every event of the store, labelled with its label")
    void everyEventOnTheTimeline() {
        Set<String> events = StoreAnswers.iris(server, EVERY_EVENT, "event");
        assertFalse(events.isEmpty());
        assertEquals(events.size(), page.select("svg.timeline a.event").size(), "one element per event");
        assertEquals(events, hrefs("svg.timeline a.event"));
        for (var row : StoreAnswers.select(server, "SELECT ?event ?label { ?event a/rdfs:subClassOf* pcg:Event ; rdfs:label ?label }")) {
            Element link = page.selectFirst("svg.timeline a.event[href=" + row.getResource("event").getURI() + "]");
            assertEquals(row.getLiteral("label").getLexicalForm(), link.selectFirst("text").text());
        }
    }

    @Test
    @DisplayName("lists every event in a table too, the timeline's text alternative")
    void everyEventInTheTable() {
        assertEquals(StoreAnswers.iris(server, EVERY_EVENT, "event"), hrefs("table.events tr.event td:first-child a"));
        assertTrue(page.text().contains(StoreAnswers.iris(server, EVERY_EVENT, "event").size() + " events"));
    }

    @Test
    @DisplayName("shows the succession of editions: a connector for every succeededBy pair, and no other")
    void succession() {
        Set<String> pairs = StoreAnswers.pairs(server, "SELECT ?from ?to { ?from pcg:succeededBy ?to }");
        assertFalse(pairs.isEmpty());
        assertEquals(pairs, connectors("succession"));
    }

    @Test
    @DisplayName("shows which series replaced which: a connector for every replacedBy pair, and no other")
    void replacement() {
        Set<String> pairs = StoreAnswers.pairs(server, "SELECT ?from ?to { ?from pcg:replacedBy ?to }");
        assertEquals(Set.of(server.url("id/series/ipc") + " → " + server.url("id/series/pycon")), pairs);
        assertEquals(pairs, connectors("replacement"));
    }

    @Test
    @DisplayName("joins a track to its host event and co-located events")
    void tracksAndColocation() {
        assertEquals(StoreAnswers.pairs(server, "SELECT ?from ?to { ?from pcg:trackOf ?to }"), connectors("track"));
        assertTrue(connectors("track").contains(server.url("id/event/ipc11") + " → " + server.url("id/event/oscon-2003")));
        assertEquals(Set.of(server.url("id/event/fedunix-1996") + " → " + server.url("id/event/python5")),
            connectors("colocation"));
    }

    @Test
    @DisplayName("places FedUnix, which has no series and no date, at the date of Python Workshop 5 it was held with")
    void eventOutsideAnySeries() {
        Element fedunix = page.selectFirst("svg.timeline g.borrowed a.event[href=" + server.url("id/event/fedunix-1996") + "]");
        Element python5 = page.selectFirst("svg.timeline a.event[href=" + server.url("id/event/python5") + "]");
        assertNotNull(fedunix);
        assertEquals(python5.selectFirst("rect").attr("x"), fedunix.selectFirst("rect").attr("x"));
        assertTrue(fedunix.selectFirst("title").text().contains("November 1996"));
    }

    @Test
    @DisplayName("lists every series, and links the query editor, example queries, ontology, dataset and dumps")
    void seriesAndWaysIn() {
        assertEquals(StoreAnswers.iris(server, "SELECT ?series { ?series a pcg:Series }", "series"),
            hrefs("table.series td:first-child a"));
        Set<String> links = hrefs("main a");
        for (String path : new String[] {"sparql", "queries/", "vocab.html", "dataset", "dumps/", "timeline.svg"})
            assertTrue(links.contains(server.url(path)), path);
    }

    @Test
    @DisplayName("serves the timeline alone as a well-formed SVG file with the same events")
    void svgFile() throws Exception {
        HttpResponse<String> response = server.get("timeline.svg");
        assertEquals(200, response.statusCode());
        assertEquals("image/svg+xml", response.headers().firstValue("Content-Type").orElse(""));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document svg = factory.newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("http://www.w3.org/2000/svg", svg.getDocumentElement().getNamespaceURI());
        NodeList links = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "a");
        Set<String> hrefs = new TreeSet<>();
        for (int i = 0; i < links.getLength(); i++) {
            org.w3c.dom.Element link = (org.w3c.dom.Element) links.item(i);
            if (link.getAttribute("class").equals("event")) hrefs.add(link.getAttribute("href"));
        }
        assertEquals(StoreAnswers.iris(server, EVERY_EVENT, "event"), hrefs);
    }
}
