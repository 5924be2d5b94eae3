package org.pyconfgraph.publish.linkeddata;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.document.ResourceDocument;
import org.pyconfgraph.store.GraphStore;

/** What goes into a document: the same graph is then written in every format. Each is read in one transaction. */
final class DocumentBuilder {
    private final GraphStore store;
    private final StoreQueries queries;
    private final IncomingLinks links;
    private final ResourceStatements shared;
    private final DocumentMetadata metadata;

    /** @param releaseId the release the store holds */
    DocumentBuilder(GraphStore store, StoreQueries queries, IncomingLinks links, IriSpace iris, String releaseId) {
        this.store = store;
        this.queries = queries;
        this.links = links;
        this.shared = new ResourceStatements(iris, releaseId);
        this.metadata = new DocumentMetadata(NodeFactory.createURI(iris.dataset()));
    }

    /**
     * The document about a thing: its description with blank nodes closed and its hash IRIs, the links to it,
     * the schema.org description its page embeds for search engines (which reaches into the resources it links
     * to: an event's place and address, its series), the document's own metadata, and the labels of every
     * resource these mention as subject or object (a page names properties by their prefixed names, so their
     * labels stay in the ontology). The page then tells search engines nothing its RDF document does not.
     */
    ResourceDocument.Content describe(Node topic, String documentIri) {
        return store.read(reader -> {
            Graph document = GraphFactory.createDefaultGraph();
            Graph schemaOrg = shared.schemaOrgDescription(reader, topic);
            GraphUtil.addInto(document, links.description(reader, topic));
            GraphUtil.addInto(document, links.incoming(reader, topic));
            GraphUtil.addInto(document, schemaOrg);
            GraphUtil.addInto(document, metadata.of(reader, NodeFactory.createURI(documentIri), topic));
            GraphUtil.addInto(document, shared.labels(reader, mentionedIris(document)));
            return new ResourceDocument.Content(document, schemaOrg);
        });
    }

    /** The content of a named graph as it is: a graph's document is the graph. */
    ResourceDocument.Content namedGraph(Node name, Node topic) {
        return store.read(reader -> new ResourceDocument.Content(queries.namedGraph(reader, name),
            shared.schemaOrgDescription(reader, topic)));
    }

    /** Whether a thing has a document: the data says something about it. */
    boolean exists(Node thing) {
        return store.read(reader -> reader.mentions(thing));
    }

    private static Set<Node> mentionedIris(Graph graph) {
        Set<Node> iris = new LinkedHashSet<>();
        graph.find().forEachRemaining(t -> {
            if (t.getSubject().isURI()) iris.add(t.getSubject());
            if (t.getObject().isURI()) iris.add(t.getObject());
        });
        return iris;
    }
}
