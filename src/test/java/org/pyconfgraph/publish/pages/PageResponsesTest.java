package org.pyconfgraph.publish.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pyconfgraph.publish.http.ReleaseValidators;
import org.pyconfgraph.publish.http.StandardHeaders;
import org.pyconfgraph.testing.RunningServer;

/** Every page and file the pages module serves: its media type, the release's validators, 304 and HEAD. */
@DisplayName("Pages and their files")
class PageResponsesTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final RunningServer server = RunningServer.shared();

    static Stream<Arguments> resources() {
        return Stream.of(
            Arguments.of("", "text/html;charset=utf-8"),
            Arguments.of("timeline.svg", "image/svg+xml"),
            Arguments.of("vocab.html", "text/html;charset=utf-8"),
            Arguments.of("sparql", "text/html;charset=utf-8"),
            Arguments.of("queries/", "text/html;charset=utf-8"),
            Arguments.of("queries/ipc-editions.rq", "application/sparql-query;charset=utf-8"),
            Arguments.of("queries/examples.json", "application/json"));
    }

    private static HttpResponse<String> send(String path, String method, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.noBody()).header("Accept", BROWSER);
        if (headers.length > 0) request.headers(headers);
        return RunningServer.send(request.build());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("resources")
    @DisplayName("is served with its media type, the release's ETag and Last-Modified, and the security headers")
    void served(String path, String mediaType) {
        HttpResponse<String> response = send(path, "GET");
        assertEquals(200, response.statusCode());
        assertEquals(mediaType, header(response, "Content-Type"));
        assertTrue(header(response, "ETag").startsWith("\"" + server.context().release().id() + "-"), header(response, "ETag"));
        assertEquals(ReleaseValidators.lastModified(server.context().release()).toEpochMilli(),
            java.time.ZonedDateTime.parse(header(response, "Last-Modified"),
                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli());
        assertEquals(StandardHeaders.CONTENT_SECURITY_POLICY, header(response, "Content-Security-Policy"));
        assertEquals(String.valueOf(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
            header(response, "Content-Length"));
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("resources")
    @DisplayName("answers a conditional GET for the current copy with 304 and no body")
    void notModified(String path, String mediaType) {
        HttpResponse<String> first = send(path, "GET");
        HttpResponse<String> byTag = send(path, "GET", "If-None-Match", header(first, "ETag"));
        assertEquals(304, byTag.statusCode());
        assertEquals("", byTag.body());
        HttpResponse<String> byDate = send(path, "GET", "If-Modified-Since", header(first, "Last-Modified"));
        assertEquals(304, byDate.statusCode());
        assertEquals(200, send(path, "GET", "If-None-Match", "\"another-release-html\"").statusCode());
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("resources")
    @DisplayName("answers HEAD with the headers of GET and no body")
    void head(String path, String mediaType) {
        HttpResponse<String> get = send(path, "GET");
        HttpResponse<String> head = send(path, "HEAD");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        for (String name : new String[] {"Content-Type", "Content-Length", "ETag", "Last-Modified"})
            assertEquals(header(get, name), header(head, name), name);
    }
}
