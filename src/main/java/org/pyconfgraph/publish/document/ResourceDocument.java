package org.pyconfgraph.publish.document;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * What the server says about one resource, whatever the format: the same triples in Turtle, JSON-LD,
 * N-Triples, RDF/XML and HTML.
 *
 * @param topic      the thing described (foaf:primaryTopic of the document)
 * @param documentIri the generic document IRI (without a format suffix)
 * @param graph      description, incoming links, labels of linked resources and document metadata
 * @param schemaOrg  the topic's schema.org description, which its page embeds for search engines (read with the
 *                   graph, of which it is a part for a resource's document)
 * @param alternates the same document in every format, for links and headers
 */
public record ResourceDocument(Node topic, String documentIri, Graph graph, Graph schemaOrg,
                               List<Alternate> alternates) {

    /** What a document says: its graph, and the topic's schema.org description. */
    public record Content(Graph graph, Graph schemaOrg) {}

    /** The document in one format. */
    public record Alternate(String url, String mediaType, String formatName) {}
}
