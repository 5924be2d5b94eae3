package org.pyconfgraph.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pyconfgraph.testing.Http;
import org.pyconfgraph.testing.RawHttp;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("Every response carries the same security and CORS headers, Jetty's own rejections too")
class StandardHeadersTest {
    private static final RunningServer server = RunningServer.shared();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "400|GET / HTTP/1.1~Host: x~Bad Header~~",
        "414|GET /LONG HTTP/1.1~Host: x~~",
        "431|GET / HTTP/1.1~Host: x~X-Big: HUGE~~",
        "505|GET / HTTP/3.7~Host: x~~"})
    @DisplayName("a request Jetty refuses before any handler gets its status with the headers")
    void jettyRejections(int status, String request) throws IOException {
        String text = request.replace("~", "\r\n").replace("LONG", "a".repeat(600_000))
            .replace("HUGE", "b".repeat(600_000));
        try (RawHttp raw = new RawHttp(server.port())) {
            String response = raw.send(text).response();
            assertTrue(response.startsWith("HTTP/1.1 " + status), response);
            assertEquals("nosniff", RawHttp.header(response, "X-Content-Type-Options"), response);
            assertEquals(StandardHeaders.CONTENT_SECURITY_POLICY,
                RawHttp.header(response, "Content-Security-Policy"), response);
            assertEquals("*", RawHttp.header(response, "Access-Control-Allow-Origin"), response);
        }
    }

    @Test
    @DisplayName("Fuseki's stylesheet and callback parameters are ignored and its request counter is not sent")
    void fusekiExtrasAreOff() {
        String query = "?query=ASK%7B%7D&stylesheet=%2Fevil.xsl&callback=alert";
        HttpResponse<byte[]> xml = Http.get(server.url("sparql" + query), "Accept", "application/sparql-results+xml");
        HttpResponse<byte[]> json = Http.get(server.url("sparql" + query), "Accept", "application/sparql-results+json");

        for (HttpResponse<byte[]> response : java.util.List.of(xml, json)) {
            assertEquals(200, response.statusCode());
            String body = new String(response.body(), StandardCharsets.UTF_8);
            assertFalse(body.contains("evil.xsl") || body.contains("alert"), body);
            assertNull(Http.header(response, "Fuseki-Request-Id"));
        }
        assertTrue(Http.mediaType(json).endsWith("json"), "JSON, not JSONP script");
    }
}
