package org.pyconfgraph.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Templates render text from the data or a request as text, never as markup. */
@DisplayName("Page templates")
class TemplatesTest {
    private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

    @Test
    @DisplayName("escape hostile text in the title, the body and attributes")
    void escapeHostileText() {
        String html = new Templates().render("error",
            new Page(HOSTILE, "http://127.0.0.1:8080/", "r1", Map.of("message", HOSTILE)));
        Document page = Jsoup.parse(html);
        assertTrue(page.select("script").isEmpty(), html);
        assertTrue(page.select("img").isEmpty(), html);
        assertEquals(HOSTILE + " · pyconf-graph", page.title());
        assertEquals(HOSTILE, page.selectFirst("main p").text());
    }

    @Test
    @DisplayName("link every page of the frame from the instance's public base")
    void linksFromThePublicBase() {
        String html = new Templates().render("error", new Page("t", "https://pyconf.example.org/", "r1", Map.of("message", "m")));
        Document page = Jsoup.parse(html);
        assertFalse(page.select("header nav a").isEmpty());
        page.select("header a, link[rel=stylesheet]").forEach(a -> assertTrue(
            a.attr("href").startsWith("https://pyconf.example.org/"), a::toString));
    }
}
