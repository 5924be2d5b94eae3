package org.pyconfgraph.publish.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pyconfgraph.testing.Http.header;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyconfgraph.testing.Http;
import org.pyconfgraph.testing.RunningServer;

/** That the dataset IRI is the one the VoID describes and the service description names: DatasetMetadataTest. */
@DisplayName("/.well-known/void")
class WellKnownVoidTest {
    private static final RunningServer server = RunningServer.shared();

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"text/turtle", "text/html", "*/*"})
    @DisplayName("redirects (302) to the dataset IRI, whose document is the description, for any client")
    void redirectsToTheDataset(String accept) {
        HttpResponse<byte[]> response = Http.get(server.url(".well-known/void"), "Accept", accept);
        assertEquals(302, response.statusCode());
        assertEquals(server.base() + "dataset", header(response, "Location"));
        assertEquals(server.context().iris().dataset(), header(response, "Location"));
    }
}
