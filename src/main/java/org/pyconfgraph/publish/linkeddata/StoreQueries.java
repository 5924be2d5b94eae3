package org.pyconfgraph.publish.linkeddata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.publish.QueryFiles;
import org.pyconfgraph.store.GraphStore;

/**
 * The SPARQL this package runs against the store, each query in a {@code .rq} file next to this class. Values
 * (the topic, the base) are bound by substitution or a VALUES block built from nodes: request text never becomes
 * query text.
 */
final class StoreQueries {
    private static final Var RESOURCE = Var.alloc("resource");
    private static final Var LABEL_PROPERTY = Var.alloc("labelProperty");
    private static final List<Node> LABEL_PROPERTIES =
        Vocabularies.LABEL_PROPERTIES.stream().map(NodeFactory::createURI).toList();

    private final GraphStore store;
    private final Query mentionedIris = QueryFiles.load(StoreQueries.class, "mentioned-iris.rq");
    private final Query versionIris = QueryFiles.load(StoreQueries.class, "version-iris.rq");
    private final Query licenses = QueryFiles.load(StoreQueries.class, "licenses.rq");
    private final Query description = QueryFiles.load(StoreQueries.class, "description.rq");
    private final Query incoming = QueryFiles.load(StoreQueries.class, "incoming.rq");
    private final Query labels = QueryFiles.load(StoreQueries.class, "labels.rq");
    private final Query documentMetadata = QueryFiles.load(StoreQueries.class, "document-metadata.rq");
    private final Query namedGraph = QueryFiles.load(StoreQueries.class, "named-graph.rq");
    /** The query the page's embedded JSON-LD is made from, so that a document holds all the page tells search engines. */
    private final Query schemaOrgDescription =
        QueryFiles.load(StoreQueries.class, "/org/pyconfgraph/publish/html/schema-org-description.rq");

    StoreQueries(GraphStore store) {
        this.store = store;
    }

    /** The IRIs starting with {@code base} that a document would say something about. */
    List<String> mentionedIris(Node base) {
        return select("iri", link -> link.newQuery().query(mentionedIris).substitution("base", base))
            .stream().map(Node::getURI).toList();
    }

    List<String> versionIris(Node ontology) {
        return select("version", link -> link.newQuery().query(versionIris).substitution("ontology", ontology))
            .stream().filter(Node::isURI).map(Node::getURI).toList();
    }

    List<Node> licenses(Node dataset) {
        return select("license", link -> link.newQuery().query(licenses).substitution("dataset", dataset));
    }

    /** The concise bounded description of the topic and of its hash IRIs. */
    Graph description(Node topic) {
        return read(link -> link.newQuery().query(description).substitution("topic", topic).describe());
    }

    Graph incoming(Node topic) {
        return read(link -> link.newQuery().query(incoming).substitution("topic", topic).construct());
    }

    /** The schema.org statements the topic's page embeds: about it and the resources it links to with schema.org. */
    Graph schemaOrgDescription(Node topic, Node inferredGraph) {
        return read(link -> link.newQuery().query(schemaOrgDescription)
            .substitution("resource", topic).substitution("inferred", inferredGraph).construct());
    }

    Graph labels(Collection<Node> resources) {
        Query query = labels.cloneQuery();
        query.setValuesDataBlock(List.of(RESOURCE, LABEL_PROPERTY), resources.stream()
            .flatMap(r -> LABEL_PROPERTIES.stream().map(p -> BindingFactory.binding(RESOURCE, r, LABEL_PROPERTY, p)))
            .toList());
        return read(link -> link.newQuery().query(query).construct());
    }

    Graph documentMetadata(Node document, Node topic, Node dataset) {
        return read(link -> link.newQuery().query(documentMetadata)
            .substitution("document", document).substitution("topic", topic).substitution("dataset", dataset)
            .construct());
    }

    Graph namedGraph(Node name) {
        return read(link -> link.newQuery().query(namedGraph).substitution("graph", name).construct());
    }

    private List<Node> select(String variable, Function<RDFLink, QueryExecBuilder> query) {
        Var var = Var.alloc(variable);
        return read(link -> {
            List<Node> values = new ArrayList<>();
            query.apply(link).select().forEachRemaining(row -> {
                if (row.contains(var)) values.add(row.get(var));
            });
            return values;
        });
    }

    private <T> T read(Function<RDFLink, T> work) {
        try (RDFLink link = store.connect()) {
            return Txn.calculateRead(link, () -> work.apply(link));
        }
    }
}
