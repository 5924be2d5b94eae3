package org.pyconfgraph.publish.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyconfgraph.load.ExampleQueries;
import org.pyconfgraph.load.ExampleQueries.Example;
import org.pyconfgraph.testing.RunningServer;

/** At /sparql a browser gets the query editor; every request of the protocol still reaches the endpoint. */
@DisplayName("The query editor at /sparql")
class QueryEditorPageTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final RunningServer server = RunningServer.shared();

    private static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {BROWSER, "text/html"})
    @DisplayName("is the page for a client preferring HTML")
    void forBrowsers(String accept) {
        HttpResponse<String> response = server.get("sparql", "Accept", accept);
        assertEquals(200, response.statusCode());
        assertEquals("text/html", mediaType(response));
        assertTrue(response.headers().allValues("Vary").contains("Accept"));
        assertNotNull(Jsoup.parse(response.body()).getElementById("query-editor"));
    }

    @Test
    @DisplayName("hands its script the public endpoint and the examples' URL, with no inline script")
    void scriptAndData() {
        Document page = Jsoup.parse(server.get("sparql", "Accept", BROWSER).body(), server.base());
        var editor = page.getElementById("query-editor");
        assertEquals(server.url("sparql"), editor.attr("data-endpoint"));
        assertEquals(server.url("queries/examples.json"), editor.attr("data-examples"));
        Set<String> scripts = page.select("script").stream().map(s -> s.attr("src")).collect(Collectors.toSet());
        assertEquals(2, scripts.size(), scripts::toString);
        assertTrue(scripts.stream().anyMatch(s -> s.matches(Pattern.quote(server.url("assets/yasgui/yasgui.min.")) + "[0-9a-f]{16}\\.js")), scripts::toString);
        assertTrue(scripts.stream().anyMatch(s -> s.matches(Pattern.quote(server.url("assets/query-editor.")) + "[0-9a-f]{16}\\.js")), scripts::toString);
        assertTrue(page.select("script").stream().allMatch(s -> s.data().isBlank()), "no inline script");
        assertNotNull(page.selectFirst("link[rel=stylesheet][href^=" + server.url("assets/yasgui/yasgui.min.") + "][href$=.css]"));
        for (String script : scripts) assertEquals(200, server.get(script.substring(server.base().length())).statusCode());
    }

    @Test
    @DisplayName("names every example query, for its tabs and for a browser without JavaScript")
    void everyExample() {
        Document page = Jsoup.parse(server.get("sparql", "Accept", BROWSER).body(), server.base());
        List<Example> examples = ExampleQueries.load(server.context().sources(), server.context().iris());
        assertFalse(examples.isEmpty());
        for (Example example : examples)
            assertNotNull(page.selectFirst("noscript a[href=" + server.url("queries/#" + example.name()) + "]"), example.name());
        assertTrue(page.text().contains(examples.size() + " example queries"));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"*/*", "text/turtle", "text/html;q=0.5, text/turtle"})
    @DisplayName("leaves the service description to the endpoint for a client preferring RDF")
    void serviceDescription(String accept) {
        HttpResponse<String> response = server.get("sparql", "Accept", accept);
        assertEquals(200, response.statusCode());
        assertEquals("text/turtle", mediaType(response));
    }

    @Test
    @DisplayName("leaves a query from a browser to the endpoint, by GET and by POST")
    void queriesGoToTheEndpoint() {
        String query = URLEncoder.encode("SELECT ?s { ?s a <vocab#Series> }", StandardCharsets.UTF_8);
        HttpResponse<String> get = server.get("sparql?query=" + query, "Accept", BROWSER);
        assertEquals(200, get.statusCode());
        assertFalse(mediaType(get).equals("text/html"), mediaType(get));
        assertTrue(get.body().contains(server.url("id/series/pycon")), get.body());
        HttpResponse<String> post = RunningServer.send(HttpRequest.newBuilder(URI.create(server.url("sparql")))
            .timeout(Duration.ofSeconds(30)).header("Accept", BROWSER)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("query=" + query)).build());
        assertEquals(200, post.statusCode());
        assertTrue(post.body().contains(server.url("id/series/pycon")), post.body());
    }

    @Test
    @DisplayName("leaves a graph read from a browser to the endpoint")
    void graphReadsGoToTheEndpoint() {
        String graph = URLEncoder.encode(server.url("graph/ontology"), StandardCharsets.UTF_8);
        HttpResponse<String> response = server.get("sparql?graph=" + graph, "Accept", BROWSER);
        assertEquals(200, response.statusCode());
        assertFalse(mediaType(response).equals("text/html"), mediaType(response));
    }
}
