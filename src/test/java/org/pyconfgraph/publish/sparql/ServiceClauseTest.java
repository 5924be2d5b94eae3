package org.pyconfgraph.publish.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("SERVICE is refused: the endpoint makes no outbound calls")
class ServiceClauseTest {
    private static RunningServer server;
    private static HttpServer remote;
    private static final AtomicInteger REMOTE_REQUESTS = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        server = RunningServer.shared();
        // A SPARQL endpoint that would answer, so that only a refusal explains why it is never called.
        remote = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        remote.createContext("/", exchange -> {
            REMOTE_REQUESTS.incrementAndGet();
            byte[] body = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[]}}".getBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        remote.start();
    }

    @AfterAll
    static void stop() {
        remote.stop(0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "SELECT * { SERVICE <REMOTE> { ?s ?p ?o } }",
        "SELECT * { SERVICE SILENT <REMOTE> { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o OPTIONAL { SERVICE <REMOTE> { ?s ?q ?x } } } LIMIT 1",
        "SELECT * { { SELECT ?s { SERVICE <REMOTE> { ?s ?p ?o } } } }",
        "ASK { ?s ?p ?o FILTER EXISTS { SERVICE <REMOTE> { ?s ?p ?o } } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { BIND(<REMOTE> AS ?e) SERVICE ?e { ?s ?p ?o } }"})
    @DisplayName("a query with SERVICE anywhere is 400 with a clear message, and the remote endpoint gets no request")
    void serviceIsRefused(String template) {
        String query = template.replace("REMOTE", "http://127.0.0.1:" + remote.getAddress().getPort() + "/sparql");
        for (HttpResponse<String> response : new HttpResponse[] {
            SparqlRequests.get(server, query, "*/*"), SparqlRequests.postQuery(server, query, "*/*")}) {
            assertEquals(400, response.statusCode(), response::body);
            assertTrue(response.body().contains("SERVICE is not supported"), response::body);
        }
        assertEquals(0, REMOTE_REQUESTS.get(), "requests the remote endpoint received");
    }
}
