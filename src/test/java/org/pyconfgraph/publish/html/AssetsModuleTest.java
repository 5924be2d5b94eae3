package org.pyconfgraph.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.publish.http.SecurityHeadersFilter;
import org.pyconfgraph.testing.RunningServer;

/** The pages' static files are served with their media types, and nothing outside the asset folders is. */
@DisplayName("Static assets")
class AssetsModuleTest {
    private static final RunningServer server = RunningServer.shared();

    @Test
    @DisplayName("serve the stylesheet as CSS, cacheable, with the security headers")
    void stylesheet() {
        HttpResponse<String> response = server.get("assets/style.css");
        assertEquals(200, response.statusCode());
        assertEquals("text/css;charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("body"));
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(SecurityHeadersFilter.CONTENT_SECURITY_POLICY,
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
