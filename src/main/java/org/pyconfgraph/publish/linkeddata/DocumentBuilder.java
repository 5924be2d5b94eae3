package org.pyconfgraph.publish.linkeddata;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.store.GraphStore;

/** What goes into a document: the same graph is then written in every format. Each is read in one transaction. */
final class DocumentBuilder {
    private final GraphStore store;
    private final StoreQueries queries;
    private final Node dataset;
    private final Node inferredGraph;
    private final Node factsGraph;

    DocumentBuilder(GraphStore store, StoreQueries queries, IriSpace iris) {
        this.store = store;
        this.queries = queries;
        this.dataset = NodeFactory.createURI(iris.dataset());
        this.inferredGraph = NamedGraph.INFERRED.node(iris);
        this.factsGraph = NamedGraph.FACTS.node(iris);
    }

    /**
     * The document about a thing: its description with blank nodes closed and its hash IRIs, the links to it,
     * the schema.org description its page embeds for search engines (which reaches into the resources it links
     * to: an event's place and address, its series), the document's own metadata, and the labels of every
     * resource these mention as subject or object (a page names properties by their prefixed names, so their
     * labels stay in the ontology). The page then tells search engines nothing its RDF document does not.
     */
    Graph describe(Node topic, String documentIri) {
        return store.read(reader -> {
            Graph document = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(document, queries.description(reader, topic));
            GraphUtil.addInto(document, queries.incoming(reader, topic));
            GraphUtil.addInto(document, queries.schemaOrgDescription(reader, topic, inferredGraph, factsGraph));
            GraphUtil.addInto(document,
                queries.documentMetadata(reader, NodeFactory.createURI(documentIri), topic, dataset));
            GraphUtil.addInto(document, queries.labels(reader, mentionedIris(document)));
            return document;
        });
    }

    /** The content of a named graph as it is: a graph's document is the graph. */
    Graph namedGraph(Node name) {
        return store.read(reader -> queries.namedGraph(reader, name));
    }

    /** Whether a thing has a document: the data says something about it. */
    boolean exists(Node thing) {
        return store.read(reader -> queries.exists(reader, thing));
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
