package org.pyconfgraph.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.compaction.Compaction;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.jsonld.lang.Keywords;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.pyconfgraph.format.GraphSubjects.Subject;

/**
 * JSON-LD compacted with the published context (Jena's JSON-LD 1.1 writer can only build a context from
 * prefixes): what Titanium gives for RDF to expanded JSON-LD, then compaction, most nodes written directly
 * ({@link DirectCompaction}). Triples go in sorted and both steps run ordered, so the same graph gives the same
 * bytes. Literals keep their datatypes (no native JSON numbers
 * or booleans), so the output parses back to the same graph.
 */
final class JsonLdCompactWriter {
    private static final JsonGeneratorFactory PRETTY_JSON =
        Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private JsonLdCompactWriter() {}

    /**
     * Jena's writer registry calls this, through {@link JsonLdWriting}. Node by node: each subject's triples are
     * compacted with a context processed once ({@link DirectCompaction}, or Titanium for the nodes and contexts it
     * leaves to it), then written into the document's {@code @graph} as it is compacted. Compacting the whole
     * graph at once gives the same nodes in the same order (by {@code @id}), as RDF without lists has one
     * top-level node per subject; this holds one node at a time.
     */
    static void write(Graph graph, JsonLdContext context, OutputStream out) {
        try (SortedSubjects subjects = OrderedViews.subjectsById(graph)) {
            ActiveContext active = activeContext(context);
            DirectCompaction direct = DirectCompaction.of(active);
            JsonGenerator json = PRETTY_JSON.createGenerator(out, StandardCharsets.UTF_8);
            json.writeStartObject();
            json.write(Keywords.CONTEXT, context.value());
            // A single node is the document itself, as whole-graph compaction gives it; more go into @graph.
            Object first = null;
            boolean inGraph = false;
            for (Subject subject : subjects) {
                List<Triple> triples = OrderedViews.triplesOf(graph, subject);
                if (triples.isEmpty()) continue;
                Object node = direct == null ? null : direct.compact(subject.node(), triples);
                if (node == null) node = compact(triples, active);
                if (node == null) continue;
                if (first == null && !inGraph) {
                    first = node;
                    continue;
                }
                if (!inGraph) {
                    json.writeStartArray(Keywords.GRAPH);
                    writeNode(json, first);
                    inGraph = true;
                }
                writeNode(json, node);
            }
            if (inGraph) json.writeEnd();
            else if (first instanceof CompactNode node) node.writeMembers(json);
            else if (first instanceof JsonObject node) node.forEach((key, value) -> {
                if (!key.equals(Keywords.CONTEXT)) json.write(key, value);
            });
            json.writeEnd();
            json.flush();
            out.write('\n');
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeNode(JsonGenerator json, Object node) {
        if (node instanceof CompactNode compact) compact.write(json);
        else json.write((JsonObject) node);
    }

    static ActiveContext activeContext(JsonLdContext context) throws JsonLdError {
        JsonLdOptions options = new JsonLdOptions(OfflineLoader.INSTANCE);
        options.setOrdered(true);
        return new ActiveContext(null, null, ProcessingRuntime.of(options)).newContext()
            .create(context.value(), null);
    }

    /**
     * One subject's node (its triples sorted), compacted by Titanium: RDF to expanded JSON-LD, then compaction;
     * null if it expands to nothing.
     */
    static JsonObject compact(List<Triple> triples, ActiveContext active) throws JsonLdError {
        QuadsToJsonld expanded = JsonLd.fromRdf().mode(JsonLdVersion.V1_1).ordered(true);
        triples.forEach(t -> add(expanded, t));
        JsonArray nodes = expanded.toJsonLd();
        if (nodes.isEmpty()) return null;
        JsonValue compacted = Compaction.with(active).compactArrays(true).ordered(true).compact(nodes);
        return compacted.asJsonObject();
    }

    private static void add(QuadsToJsonld expanded, Triple triple) {
        Node o = triple.getObject();
        String s = CompactNode.id(triple.getSubject());
        String p = triple.getPredicate().getURI();
        try {
            if (o.isLiteral()) {
                String language = o.getLiteralLanguage().isEmpty() ? null : o.getLiteralLanguage();
                String direction = o.getLiteralBaseDirection() == null ? null : o.getLiteralBaseDirection().toString();
                expanded.quad(s, p, o.getLiteralLexicalForm(), o.getLiteralDatatypeURI(), language, direction, null);
            } else {
                expanded.quad(s, p, CompactNode.id(o), null, null, null, null);
            }
        } catch (RdfConsumerException e) {
            throw new IllegalStateException("cannot express " + triple + " in JSON-LD", e);
        }
    }
}
