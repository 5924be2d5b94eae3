package org.pyconfgraph.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.lang.Keywords;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * JSON-LD compacted with the published context (Jena's JSON-LD 1.1 writer can only build a context from
 * prefixes): RDF to expanded JSON-LD, then compaction, both with Titanium. Triples go in sorted and both steps
 * run ordered, so the same graph gives the same bytes. Literals keep their datatypes (no native JSON numbers
 * or booleans), so the output parses back to the same graph.
 */
final class JsonLdCompactWriter {
    private static final JsonWriterFactory PRETTY_JSON =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private JsonLdCompactWriter() {}

    /** Jena's writer registry calls this, through {@link JsonLdWriting}. */
    static void write(Graph graph, JsonLdContext context, OutputStream out) {
        JsonObject compacted;
        try {
            JsonDocument expanded = JsonDocument.of(expand(graph));
            compacted = JsonLd.compact(expanded, JsonDocument.of(context.document()))
                .ordered(true)
                .loader(OfflineLoader.INSTANCE)
                .get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
        try {
            PRETTY_JSON.createWriter(out, StandardCharsets.UTF_8).write(contextFirst(compacted, context));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonArray expand(Graph graph) throws JsonLdError {
        QuadsToJsonld expanded = JsonLd.fromRdf().mode(JsonLdVersion.V1_1).ordered(true);
        graph.stream().sorted(OrderedViews.TRIPLE_ORDER).forEach(t -> add(expanded, t));
        return expanded.toJsonLd();
    }

    private static void add(QuadsToJsonld expanded, Triple triple) {
        Node o = triple.getObject();
        String s = resource(triple.getSubject());
        String p = triple.getPredicate().getURI();
        try {
            if (o.isLiteral()) {
                String language = o.getLiteralLanguage().isEmpty() ? null : o.getLiteralLanguage();
                String direction = o.getLiteralBaseDirection() == null ? null : o.getLiteralBaseDirection().toString();
                expanded.quad(s, p, o.getLiteralLexicalForm(), o.getLiteralDatatypeURI(), language, direction, null);
            } else {
                expanded.quad(s, p, resource(o), null, null, null, null);
            }
        } catch (RdfConsumerException e) {
            throw new IllegalStateException("cannot express " + triple + " in JSON-LD", e);
        }
    }

    private static String resource(Node node) {
        if (node.isURI()) return node.getURI();
        if (node.isBlank()) return "_:" + node.getBlankNodeLabel();
        throw new IllegalArgumentException("JSON-LD has no form for " + node);
    }

    /** Titanium appends {@code @context}; a reader looks for it first. */
    private static JsonObject contextFirst(JsonObject compacted, JsonLdContext context) {
        JsonObjectBuilder document = Json.createObjectBuilder().add(Keywords.CONTEXT, context.value());
        compacted.forEach((key, value) -> {
            if (!key.equals(Keywords.CONTEXT)) document.add(key, value);
        });
        return document.build();
    }
}
