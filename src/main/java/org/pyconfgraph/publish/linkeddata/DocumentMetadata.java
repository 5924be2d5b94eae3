package org.pyconfgraph.publish.linkeddata;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.store.StoreReader;

/**
 * What a document says about itself: its topic, the dataset it belongs to, and the licence and modification date
 * declared for the dataset; its source is the topic's, or else the dataset's. Read as a few statement lookups on the
 * topic and the dataset, so that no query is planned for it.
 */
final class DocumentMetadata {
    private static final Node TYPE = NodeFactory.createURI(Vocabularies.RDF + "type");
    private static final Node DOCUMENT = NodeFactory.createURI(Vocabularies.FOAF + "Document");
    private static final Node PRIMARY_TOPIC = NodeFactory.createURI(Vocabularies.FOAF + "primaryTopic");
    private static final Node IN_DATASET = NodeFactory.createURI(Vocabularies.VOID + "inDataset");
    private static final Node LICENSE = NodeFactory.createURI(Vocabularies.DCTERMS + "license");
    private static final Node MODIFIED = NodeFactory.createURI(Vocabularies.DCTERMS + "modified");
    private static final Node SOURCE = NodeFactory.createURI(Vocabularies.DCTERMS + "source");

    private final Node dataset;

    DocumentMetadata(Node dataset) {
        this.dataset = dataset;
    }

    Graph of(StoreReader reader, Node document, Node topic) {
        Graph read = reader.statements(List.of(topic, dataset), List.of(LICENSE, MODIFIED, SOURCE));
        Graph metadata = GraphFactory.createDefaultGraph();
        metadata.add(document, TYPE, DOCUMENT);
        metadata.add(document, PRIMARY_TOPIC, topic);
        metadata.add(document, IN_DATASET, dataset);
        copy(read, dataset, LICENSE, document, metadata);
        copy(read, dataset, MODIFIED, document, metadata);
        copy(read, read.contains(topic, SOURCE, Node.ANY) ? topic : dataset, SOURCE, document, metadata);
        return metadata;
    }

    private static void copy(Graph read, Node subject, Node predicate, Node document, Graph into) {
        read.find(subject, predicate, Node.ANY).forEach(t -> into.add(Triple.create(document, predicate, t.getObject())));
    }
}
