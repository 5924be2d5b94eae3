package org.pyconfgraph.publish.linkeddata;

import org.apache.jena.graph.Node;
import org.pyconfgraph.publish.document.ResourceDocument;

/**
 * The documents describing one resource: one per variant at {@code stem.ext}, all named by the generic document
 * IRI {@code stem}, which their metadata is about.
 *
 * @param content what the documents say; the same graph in every variant
 */
record DocumentSet(Node topic, String stem, Content content) {

    String url(Variant variant) { return stem + "." + variant.extension(); }

    ResourceDocument.Content read() { return content.of(topic, stem); }

    /** Builds a document's graph. */
    @FunctionalInterface
    interface Content {
        ResourceDocument.Content of(Node topic, String documentIri);
    }
}
