package org.pyconfgraph.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.testing.Http.header;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyconfgraph.testing.Http;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("Cross-origin requests (CORS)")
class CorsFilterTest {
    private static final String ORIGIN = "https://client.example.org";
    private static final RunningServer server = RunningServer.shared();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sparql", "dumps/", "dumps/latest/SHA256SUMS", ".well-known/void", "assets/style.css",
        "no/such/page"})
    @DisplayName("are allowed from any origin on every path, exposing links, validators and redirect targets")
    void simpleRequests(String path) {
        HttpResponse<byte[]> response = Http.get(server.url(path), "Origin", ORIGIN, "Accept", "text/turtle");
        assertEquals("*", header(response, "Access-Control-Allow-Origin"), path);
        assertNull(header(response, "Access-Control-Allow-Credentials"), path);
        assertTrue(listed(header(response, "Access-Control-Expose-Headers"))
            .containsAll(Set.of("link", "etag", "content-location", "location", "last-modified")), path);
    }

    @Test
    @DisplayName("let a script POST a query to the endpoint and read the results")
    void postQuery() {
        HttpResponse<byte[]> response = Http.post(server.url("sparql"), "ASK { ?s ?p ?o }", "Origin", ORIGIN,
            "Content-Type", "application/sparql-query", "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertEquals("*", header(response, "Access-Control-Allow-Origin"));
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("true"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sparql", "dumps/", "sparql?query=" + "ASK%7B%7D"})
    @DisplayName("answer a preflight with 204: methods, request headers and how long to remember them")
    void preflight(String path) {
        HttpResponse<byte[]> response = Http.options(server.url(path), "Origin", ORIGIN,
            "Access-Control-Request-Method", "POST",
            "Access-Control-Request-Headers", "content-type, if-none-match");
        assertEquals(204, response.statusCode());
        assertEquals(0, response.body().length);
        assertEquals("*", header(response, "Access-Control-Allow-Origin"));
        assertNull(header(response, "Access-Control-Allow-Credentials"));
        assertEquals(Set.of("get", "head", "post", "options"), listed(header(response, "Access-Control-Allow-Methods")));
        assertTrue(listed(header(response, "Access-Control-Allow-Headers"))
            .containsAll(Set.of("accept", "content-type", "if-none-match", "if-modified-since")));
        assertTrue(Integer.parseInt(header(response, "Access-Control-Max-Age")) >= 600);
    }

    @Test
    @DisplayName("leave a plain OPTIONS (no preflight) to the handler of the path")
    void plainOptions() {
        HttpResponse<byte[]> response = Http.options(server.url("dumps/"));
        assertEquals(200, response.statusCode());
        assertTrue(listed(header(response, "Allow")).contains("get"), () -> header(response, "Allow"));
        assertNull(header(response, "Access-Control-Allow-Methods"));
    }

    @Test
    @DisplayName("are allowed on a GET of a query's results")
    void getQuery() {
        String query = URLEncoder.encode("SELECT * { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8);
        HttpResponse<byte[]> response = Http.get(server.url("sparql?query=" + query), "Origin", ORIGIN,
            "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertEquals("*", header(response, "Access-Control-Allow-Origin"));
    }

    private static Set<String> listed(String header) {
        if (header == null) return Set.of();
        return Stream.of(header.split(",")).map(String::trim).map(s -> s.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    }

}
