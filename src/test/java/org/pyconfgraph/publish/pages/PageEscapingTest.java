package org.pyconfgraph.publish.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.atlas.json.JSON;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.testing.RunningServer;
import org.pyconfgraph.testing.SourceTreeCopy;
import org.w3c.dom.NodeList;

/**
 * Text from the data, the ontology, the example queries or a request reaches the pages as text only: a source tree
 * whose labels, comments and query titles are markup still gives pages with no element of theirs.
 */
@DisplayName("Pages escape hostile text")
class PageEscapingTest {
    private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>&amp;";
    /** Short enough to be the lane's name (shorter than the series' label). */
    private static final String SHORT_HOSTILE = "<b onclick=x>";
    /** For a path: Jetty refuses an encoded slash before any servlet sees it. */
    private static final String PATH_HOSTILE = "\"><img src=x onerror=alert(1)><b onclick=x>";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    @TempDir
    static Path sources;
    private static RunningServer server;

    @BeforeAll
    static void start() throws IOException {
        SourceTreeCopy tree = SourceTreeCopy.of(sources);
        String literal = HOSTILE.replace("\\", "\\\\").replace("\"", "\\\"");
        replace(tree, "data/ipc.ttl", "rdfs:label \"Python4\"@en", "rdfs:label \"" + literal + "\"@en");
        replace(tree, "data/series.ttl", "skos:altLabel \"OSCON\"@en", "skos:altLabel \"" + SHORT_HOSTILE + "\"@en");
        replace(tree, "data/places.ttl", "pcg:placeText \"Livermore, CA\"", "pcg:placeText \"" + literal + "\"");
        replace(tree, "ontology/pyconf.ttl", "One occurrence of a conference, workshop or convention, held at a time and place.",
            literal);
        replace(tree, "queries/ipc-editions.rq", "# title: The IPC editions in order", "# title: " + HOSTILE);
        server = RunningServer.start(tree.tree(), ServerSettings.defaults());
    }

    @AfterAll
    static void stop() { if (server != null) server.close(); }

    private static void replace(SourceTreeCopy tree, String file, String from, String to) throws IOException {
        String text = Files.readString(tree.root().resolve(file));
        assertTrue(text.contains(from), file + " has " + from);
        tree.write(file, text.replace(from, to));
    }

    private static Document page(String path) {
        HttpResponse<String> response = server.get(path, "Accept", BROWSER);
        assertEquals(200, response.statusCode(), path);
        Document page = Jsoup.parse(response.body(), server.base());
        assertNoInjectedElement(page, path);
        return page;
    }

    private static void assertNoInjectedElement(Document page, String path) {
        assertTrue(page.select("img, b, [onerror], [onclick]").isEmpty(), path);
        for (Element script : page.select("script"))
            assertTrue(script.attr("src").startsWith(server.url("assets/")) && script.data().isBlank(), path + ": " + script);
    }

    @Test
    @DisplayName("on the home page and its timeline: event labels, series names and places")
    void home() {
        Document page = page("");
        Element python4 = page.selectFirst("svg.timeline a.event[href=" + server.url("id/event/python4") + "] text");
        assertEquals(HOSTILE, python4.text());
        assertTrue(page.select("table.events td").stream().anyMatch(td -> td.text().equals(HOSTILE)), "the place");
        assertTrue(page.select("table.series td").text().contains(SHORT_HOSTILE), "the series' short name");
        assertTrue(page.select("svg.timeline g.lane-names text").stream().anyMatch(t -> t.text().equals(SHORT_HOSTILE)));
    }

    @Test
    @DisplayName("in the timeline as an SVG file, which stays well-formed XML")
    void svgFile() throws Exception {
        HttpResponse<String> response = server.get("timeline.svg");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document svg = factory.newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        for (String element : List.of("script", "img")) {
            assertEquals(0, svg.getElementsByTagName(element).getLength(), element);
            assertEquals(0, svg.getElementsByTagNameNS("*", element).getLength(), element);
        }
        NodeList texts = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        boolean found = false;
        for (int i = 0; i < texts.getLength(); i++) found |= texts.item(i).getTextContent().equals(HOSTILE);
        assertTrue(found, "the label, as text");
    }

    @Test
    @DisplayName("on the ontology's documentation: comments")
    void ontology() {
        assertEquals(HOSTILE, page("vocab.html").getElementById("Event").selectFirst("p.comment").text());
    }

    @Test
    @DisplayName("in the example queries, their JSON and the query editor: titles")
    void examples() {
        assertEquals(HOSTILE, page("queries/").getElementById("ipc-editions").selectFirst("h2").text());
        assertTrue(page("sparql").select("noscript a").stream().anyMatch(a -> a.text().equals(HOSTILE)));
        String json = server.get("queries/examples.json").body();
        assertTrue(JSON.parseAny(json).getAsArray().stream()
            .anyMatch(e -> e.getAsObject().getString("title").equals(HOSTILE)));
    }

    @Test
    @DisplayName("in a not-found page that repeats the requested path")
    void requestText() {
        String path = "queries/" + URLEncoder.encode(PATH_HOSTILE, StandardCharsets.UTF_8).replace("+", "%20") + ".rq";
        HttpResponse<String> response = server.get(path, "Accept", BROWSER);
        assertEquals(404, response.statusCode());
        Document page = Jsoup.parse(response.body(), server.base());
        assertNoInjectedElement(page, path);
        assertTrue(page.selectFirst("main p").text().contains(PATH_HOSTILE), page.selectFirst("main p").text());
    }
}
