package org.pyconfgraph.publish.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("Graph Store Protocol reads at /sparql")
class GraphStoreReadTest {
    private static final RunningServer server = RunningServer.shared();

    static Stream<ResultFormat> graphFormats() { return ResultFormats.GRAPHS.stream(); }

    @ParameterizedTest(name = "?default as {0}")
    @MethodSource("graphFormats")
    @DisplayName("GET ?default answers the union of the named graphs")
    void defaultGraph(ResultFormat format) {
        HttpResponse<String> response = server.get("sparql?default", "Accept", format.mediaType());
        assertEquals(200, response.statusCode(), response::body);
        assertEquals(format.mediaType(), SparqlRequests.mediaType(response));
        DatasetGraph store = server.context().store().localDataset().orElseThrow();
        Graph union = Txn.calculateRead(store, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.find().forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
        assertTrue(union.isIsomorphicWith(SparqlRequests.graph(response)));
    }

    @ParameterizedTest(name = "?graph={0}")
    @EnumSource(NamedGraph.class)
    @DisplayName("GET ?graph= answers that named graph as the store holds it")
    void namedGraph(NamedGraph graph) {
        Node name = graph.node(server.context().iris());
        DatasetGraph store = server.context().store().localDataset().orElseThrow();
        Graph expected = Txn.calculateRead(store, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.getGraph(name).find().forEachRemaining(g::add);
            return g;
        });
        HttpResponse<String> response = server.get("sparql?graph=" + SparqlRequests.encode(name.getURI()),
            "Accept", ResultFormats.NTRIPLES.mediaType());
        if (expected.isEmpty()) {
            assertEquals(404, response.statusCode(), "an empty graph does not exist in the store");
            return;
        }
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(expected.isIsomorphicWith(SparqlRequests.graph(response)));
    }

    @Test
    @DisplayName("GET of a graph the release does not have is 404")
    void unknownGraph() {
        HttpResponse<String> response = server.get("sparql?graph="
            + SparqlRequests.encode(server.context().iris().graph("no-such-graph")), "Accept", "text/turtle");
        assertEquals(404, response.statusCode());
    }
}
