package org.pyconfgraph.publish.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.publish.http.StandardHeaders;
import org.pyconfgraph.testing.Http;
import org.pyconfgraph.testing.RunningServer;

/** The pages' static files are served with their media types, and nothing outside the asset folders is. */
@DisplayName("Static assets")
class AssetsModuleTest {
    private static final RunningServer server = RunningServer.shared();
    private static final Pattern STRONG_ETAG = Pattern.compile("\"[0-9a-f]{64}\"");

    @Test
    @DisplayName("serve the stylesheet as CSS, cacheable, with the security headers")
    void stylesheet() {
        HttpResponse<String> response = server.get("assets/style.css");
        assertEquals(200, response.statusCode());
        assertEquals("text/css;charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("body"));
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(StandardHeaders.CONTENT_SECURITY_POLICY,
            response.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    @Test
    @DisplayName("serve the query editor's bundle from its webjar")
    void yasguiBundle() {
        HttpResponse<String> response = server.get("assets/yasgui/yasgui.min.js");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    }

    @Test
    @DisplayName("are linked from pages by fingerprinted URLs: the content's hash in the name, immutable for a year, a strong ETag")
    void fingerprinted() {
        Document home = Jsoup.parse(server.get("").body(), server.base());
        Document editor = Jsoup.parse(server.get("sparql", "Accept", "text/html").body(), server.base());
        List<String> linked = new java.util.ArrayList<>(home.select("link[rel=stylesheet], link[rel=icon]").eachAttr("abs:href"));
        linked.addAll(editor.select("script[src], link[rel=stylesheet]").eachAttr("abs:src"));
        linked.addAll(editor.select("link[rel=stylesheet]").eachAttr("abs:href"));
        linked.removeIf(String::isEmpty);
        assertEquals(6, linked.size(), linked::toString);
        for (String url : linked) {
            String path = url.substring(server.base().length());
            String plain = path.replaceFirst("\\.([0-9a-f]{16})(\\.[a-z]+)$", "$2");
            assertFalse(plain.equals(path), "fingerprinted: " + url);
            HttpResponse<byte[]> versioned = Http.get(url);
            assertEquals(200, versioned.statusCode(), url);
            assertEquals("public, max-age=31536000, immutable", Http.header(versioned, "Cache-Control"), url);
            String etag = Http.header(versioned, "ETag");
            assertTrue(STRONG_ETAG.matcher(etag).matches(), url + ": " + etag);
            assertTrue(etag.startsWith("\"" + path.replaceFirst(".*\\.([0-9a-f]{16})\\.[a-z]+$", "$1")), "named by its hash");
            assertEquals(Http.sha256(versioned.body()), etag.substring(1, etag.length() - 1), "the hash of the content");
            HttpResponse<byte[]> unversioned = Http.get(server.url(plain));
            assertArrayEquals(versioned.body(), unversioned.body(), plain);
            assertEquals(etag, Http.header(unversioned, "ETag"));
        }
    }

    @Test
    @DisplayName("at their plain URLs, are cached briefly and revalidated: 304 for the current ETag, 200 for an old one")
    void unversioned() {
        HttpResponse<byte[]> first = Http.get(server.url("assets/style.css"));
        assertEquals("public, max-age=300", Http.header(first, "Cache-Control"));
        String etag = Http.header(first, "ETag");
        HttpResponse<byte[]> again = Http.get(server.url("assets/style.css"), "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, Http.header(again, "ETag"));
        assertEquals(200, Http.get(server.url("assets/style.css"), "If-None-Match", "\"0000\"").statusCode());
    }

    @Test
    @DisplayName("answer 404 for a fingerprint that is not the file's current content")
    void staleFingerprint() {
        assertEquals(404, server.get("assets/style.0123456789abcdef.css").statusCode());
    }

    @Test
    @DisplayName("answer 404 for unknown files and other types, and 4xx for paths that climb out")
    void nothingElse() {
        assertEquals(404, server.get("assets/nope.css").statusCode());
        for (String climbing : new String[] {"assets/../simplelogger.properties", "assets/%2e%2e/simplelogger.properties",
                                             "assets/..%2fsimplelogger.properties"}) {
            HttpResponse<String> response = server.get(climbing);
            assertTrue(response.statusCode() == 400 || response.statusCode() == 404, climbing + ": " + response.statusCode());
            assertTrue(!response.body().contains("simpleLogger"), climbing);
        }
        assertEquals(404, server.get("assets/yasgui/package.json").statusCode());
    }
}
