package org.pyconfgraph.publish.html;

import java.util.Optional;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.pyconfgraph.model.Vocabularies;

/**
 * A resource's schema.org description as search engines read it from a page: the schema.org statements of the
 * inferred graph (and any the facts state in schema.org terms, such as an event's schema:eventStatus) about the
 * resource, its hash IRIs and what it links to with schema.org properties ({@code schema-org-statements.rq} of
 * each, which the document read joins), framed into one JSON-LD object with the resource at the top and written
 * with schema.org's own context.
 */
final class SchemaOrgDescription {
    private SchemaOrgDescription() {}

    /**
     * The JSON-LD of the resource's {@code statements}, or empty if it has none: written directly
     * ({@link FramedSchemaOrg}) where that covers the statements, else framed by Titanium, the same text.
     */
    static Optional<ScriptData> of(Node resource, Graph statements) {
        if (statements.isEmpty()) return Optional.empty();
        return Optional.of(ScriptData.json(FramedSchemaOrg.write(resource, statements)
            .orElseGet(() -> framed(resource, statements))));
    }

    /** Framed by Titanium: fromRdf, framing and compaction. */
    static String framed(Node resource, Graph statements) {
        try {
            JsonObject frame = Json.createObjectBuilder()
                .add("@context", Json.createObjectBuilder().add("@vocab", Vocabularies.SCHEMA))
                .add("@id", resource.getURI())
                .build();
            JsonObject framed = JsonLd.frame(
                    JsonDocument.of(JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(statements)))).get()),
                    JsonDocument.of(frame))
                .get();
            // The same terms under schema.org's published context, which maps them as our @vocab did.
            JsonObjectBuilder described = Json.createObjectBuilder().add("@context", Vocabularies.SCHEMA_CONTEXT);
            framed.forEach((key, value) -> {
                if (!key.equals("@context")) described.add(key, value);
            });
            return described.build().toString();
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot write the schema.org description of " + resource, e);
        }
    }
}
