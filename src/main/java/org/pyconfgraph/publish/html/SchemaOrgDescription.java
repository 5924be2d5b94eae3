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
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.publish.QueryFiles;
import org.pyconfgraph.store.GraphStore;

/**
 * A resource's schema.org description as search engines read it from a page: the schema.org statements of the
 * inferred graph (and any the facts state in schema.org terms, such as an event's schema:eventStatus) about the
 * resource and its hash IRIs, framed into one JSON-LD object with the resource at the
 * top and written with schema.org's own context.
 */
final class SchemaOrgDescription {
    private static final Query QUERY = QueryFiles.load(SchemaOrgDescription.class, "schema-org-description.rq");

    private final GraphStore store;
    private final Node inferredGraph;
    private final Node factsGraph;

    SchemaOrgDescription(GraphStore store, IriSpace iris) {
        this.store = store;
        this.inferredGraph = NamedGraph.INFERRED.node(iris);
        this.factsGraph = NamedGraph.FACTS.node(iris);
    }

    /** The JSON-LD, or empty if the resource has no schema.org description. */
    Optional<ScriptData> of(Node resource) {
        Graph statements = store.read(reader -> reader.graph(QUERY, BindingFactory.builder()
            .add(Var.alloc("resource"), resource).add(Var.alloc("inferred"), inferredGraph)
            .add(Var.alloc("facts"), factsGraph).build()));
        if (statements.isEmpty()) return Optional.empty();
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
            return Optional.of(ScriptData.json(described.build().toString()));
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot write the schema.org description of " + resource, e);
        }
    }
}
