package org.pyconfgraph.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pyconfgraph.testing.RunningServer;

/** Methods no module answers are refused everywhere, before they reach a servlet's defaults. */
@DisplayName("HTTP methods")
class MethodFilterTest {
    private static final RunningServer server = RunningServer.shared();

    @ParameterizedTest(name = "{0} {1} is refused with 405")
    @CsvSource({"TRACE, assets/style.css", "TRACE, sparql", "TRACE, dumps/", "PROPFIND, sparql", "MKCOL, assets/style.css"})
    void refused(String method, String path) {
        HttpResponse<String> response = RunningServer.send(HttpRequest.newBuilder(URI.create(server.url(path)))
            .method(method, HttpRequest.BodyPublishers.noBody()).header("X-Echo", "secret").build());
        assertEquals(405, response.statusCode());
        assertEquals(MethodFilter.ALLOW, response.headers().firstValue("Allow").orElse(""));
        assertFalse(response.body().contains("secret"), "the request is not echoed");
    }
}
