package org.pyconfgraph.publish.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.load.ExampleQueries;
import org.pyconfgraph.load.ExampleQueries.Example;
import org.pyconfgraph.testing.RunningServer;

/** The example queries of queries/: listed at /queries/, each file at /queries/NAME.rq, all in examples.json. */
@DisplayName("The example queries")
class ExampleQueriesPagesTest {
    private static RunningServer server;
    private static List<Example> examples;

    @BeforeAll
    static void start() {
        server = RunningServer.shared();
        examples = ExampleQueries.load(server.context().sources(), server.context().iris());
        assertFalse(examples.isEmpty());
    }

    private static String file(Example example) {
        try {
            return Files.readString(Path.of("queries", example.name() + ".rq"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("are listed at /queries/, each with title, question, its text and links to run and download it")
    void listed() {
        HttpResponse<String> response = server.get("queries/");
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body(), server.base());
        assertEquals(examples.size(), page.select("article.example").size());
        for (Example example : examples) {
            Element entry = page.getElementById(example.name());
            assertNotNull(entry, example.name());
            assertEquals(example.title(), entry.selectFirst("h2").text());
            assertEquals(example.question(), entry.selectFirst("p.question").text());
            assertEquals(file(example), entry.selectFirst("pre code").wholeText());
            assertNotNull(entry.selectFirst("a.run[href=" + server.url("sparql#" + example.name()) + "]"));
            assertNotNull(entry.selectFirst("a[href=" + server.url("queries/" + example.name() + ".rq") + "]"));
        }
    }

    @Test
    @DisplayName("are each served as written at /queries/NAME.rq, as application/sparql-query")
    void files() {
        for (Example example : examples) {
            HttpResponse<String> response = server.get("queries/" + example.name() + ".rq");
            assertEquals(200, response.statusCode(), example.name());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-query"));
            assertEquals(file(example), response.body());
        }
    }

    @Test
    @DisplayName("are all in /queries/examples.json, the query editor's tabs, with their text as written")
    void json() {
        HttpResponse<String> response = server.get("queries/examples.json");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        JsonArray entries = JSON.parseAny(response.body()).getAsArray();
        assertEquals(examples.size(), entries.size());
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            JsonObject entry = entries.get(i).getAsObject();
            assertEquals(example.name(), entry.getString("name"));
            assertEquals(example.title(), entry.getString("title"));
            assertEquals(example.question(), entry.getString("question"));
            assertEquals(file(example), entry.getString("query"));
            assertEquals(server.url("queries/" + example.name() + ".rq"), entry.getString("file"));
            assertEquals(server.url("sparql#" + example.name()), entry.getString("run"));
        }
    }

    @Test
    @DisplayName("answer 404 for a name that is no example, and lead from /queries to the list")
    void elsewhere() {
        Stream.of("queries/no-such-query.rq", "queries/ipc-editions", "queries/ipc-editions.rq/x", "queries/../pom.xml")
            .forEach(path -> assertEquals(404, server.get(path).statusCode(), path));
        HttpResponse<String> bare = server.get("queries");
        assertEquals(302, bare.statusCode());
        assertEquals(server.url("queries/"), bare.headers().firstValue("Location").orElse(""));
    }
}
