package org.pyconfgraph.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.load.JsonLdContextReader;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.testing.BundledRelease;

@DisplayName("Writers that stream subject by subject")
class StreamingWritersTest {

    @Test
    @DisplayName("an ordered view lists every triple in the order of sorting the whole graph, whatever the insertion order")
    void orderedViewMatchesAFullSort() {
        List<Triple> triples = new ArrayList<>();
        facts().find().forEachRemaining(triples::add);
        Collections.shuffle(triples, new Random(3));
        Graph shuffled = GraphFactory.createDefaultGraph();
        triples.forEach(shuffled::add);

        List<Triple> sorted = new ArrayList<>(triples);
        sorted.sort(OrderedViews.TRIPLE_ORDER);
        assertEquals(sorted, OrderedViews.graph(shuffled, PrefixMapping.Standard).find().toList());
    }

    @Test
    @DisplayName("JSON-LD compacted node by node is the document Titanium compacts from the whole graph at once")
    void jsonLdNodeByNodeEqualsWholeGraphCompaction() throws Exception {
        JsonLdContext context = JsonLdContextReader.read(BundledRelease.sources(), BundledRelease.iris());
        Graph facts = facts();
        assertEquals(wholeGraph(facts, context), nodeByNode(facts, context));

        Graph one = GraphFactory.createDefaultGraph();
        Node python10 = Node.ANY;
        for (Triple t : facts.find().toList()) {
            if (python10 == Node.ANY && t.getSubject().getURI().endsWith("id/event/python10")) python10 = t.getSubject();
        }
        facts.find(python10, Node.ANY, Node.ANY).forEachRemaining(one::add);
        assertTrue(one.size() > 5);
        assertEquals(wholeGraph(one, context), nodeByNode(one, context), "a single node is the document itself");
        assertEquals(wholeGraph(GraphFactory.createDefaultGraph(), context),
            nodeByNode(GraphFactory.createDefaultGraph(), context), "an empty graph is its context alone");
    }

    private static Graph facts() {
        return BundledRelease.release().dataset().getGraph(NamedGraph.FACTS.node(BundledRelease.iris()));
    }

    private static JsonObject nodeByNode(Graph graph, JsonLdContext context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdCompactWriter.write(graph, context, out);
        return Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readObject();
    }

    /** Titanium's own way: the whole graph to expanded JSON-LD, then one compaction; context first, as published. */
    private static JsonObject wholeGraph(Graph graph, JsonLdContext context) throws Exception {
        QuadsToJsonld expanded = JsonLd.fromRdf().mode(JsonLdVersion.V1_1).ordered(true);
        for (Triple t : graph.stream().sorted(OrderedViews.TRIPLE_ORDER).toList()) {
            Node o = t.getObject();
            if (o.isLiteral())
                expanded.quad(t.getSubject().getURI(), t.getPredicate().getURI(), o.getLiteralLexicalForm(),
                    o.getLiteralDatatypeURI(), o.getLiteralLanguage().isEmpty() ? null : o.getLiteralLanguage(), null, null);
            else
                expanded.quad(t.getSubject().getURI(), t.getPredicate().getURI(), o.getURI(), null, null, null, null);
        }
        JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded.toJsonLd()), JsonDocument.of(context.document()))
            .ordered(true).loader(OfflineLoader.INSTANCE).get();
        var document = Json.createObjectBuilder().add("@context", context.value());
        compacted.forEach((key, value) -> {
            if (!key.equals("@context")) document.add(key, value);
        });
        return document.build();
    }
}
