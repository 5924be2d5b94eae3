package org.pyconfgraph.publish.html;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.publish.server.PublishingServer;
import org.pyconfgraph.testing.BundledRelease;
import org.pyconfgraph.testing.RunningServer;

/** Paths nothing serves and failures answer with our page or plain text, never Jetty's page or a stack trace. */
@DisplayName("Error responses of the whole server")
class ErrorPagesTest {
    private static final String SECRET = "internal detail that must not reach a client";
    private static PublishingServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ServerSettings settings = ServerSettings.defaults().withPort(port);
        base = settings.iriSpace().base();
        // The bundled release under the other base is fine: these requests never reach its data.
        PublishingContext context = new PublishingContext(BundledRelease.release(), BundledRelease.store(),
            BundledRelease.sources(), settings, Map.of());
        server = PublishingServer.builder(context)
            .module((fuseki, ctx) -> fuseki.addServlet("/failing", new HttpServlet() {
                @Override
                protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                    throw new IllegalStateException(SECRET);
                }
            }))
            .build().start();
    }

    @AfterAll static void stop() { server.stop(); }

    @Test
    @DisplayName("a path no module serves: 404 as our page for browsers, naming the path as text")
    void notFoundPage() {
        HttpResponse<String> response = get("no/such/page", "text/html,*/*;q=0.8");
        assertEquals(404, response.statusCode());
        assertEquals("text/html;charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        Document page = Jsoup.parse(response.body());
        assertEquals("Not Found", page.selectFirst("h1").text());
        assertTrue(page.selectFirst("main p").text().contains("/no/such/page"));
        assertFalse(page.select("header.site nav a").isEmpty(), "the site's frame");
    }

    @Test
    @DisplayName("a path no module serves: 404 as plain text for other clients")
    void notFoundText() {
        for (String accept : new String[] {"text/plain", "application/json", "text/turtle"}) {
            HttpResponse<String> response = get("no/such/page", accept);
            assertEquals(404, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), accept);
            assertTrue(response.body().contains("/no/such/page"), response.body());
            assertTrue(response.headers().firstValue("Vary").orElse("").contains("Accept"));
        }
    }

    @Test
    @DisplayName("a failure: 500 saying only that, without the exception")
    void failure() {
        for (String accept : new String[] {"text/html", "text/plain"}) {
            HttpResponse<String> response = get("failing", accept);
            assertEquals(500, response.statusCode());
            assertFalse(response.body().contains(SECRET), response.body());
            assertFalse(response.body().contains("IllegalStateException"), response.body());
            assertFalse(response.body().contains("at org."), response.body());
        }
    }

    @Test
    @DisplayName("a failure: the exception goes to the server's log, with the request that met it")
    void failureLogged() {
        PrintStream console = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            assertEquals(500, get("failing?why", "text/plain").statusCode());
        } finally {
            System.setErr(console);
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(logged.contains("GET /failing?why: 500"), logged);
        assertTrue(logged.contains("IllegalStateException: " + SECRET), logged);
    }

    private static HttpResponse<String> get(String path, String accept) {
        return RunningServer.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).build());
    }
}
