package org.pyconfgraph.model;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The named graphs of a release; the default graph is their union. */
public enum NamedGraph {
    /** The OWL ontology and its alignments. */
    ONTOLOGY("ontology"),
    /** Every fact of the source page, with provenance. */
    FACTS("facts"),
    /** What a consumer knowing only schema.org (and our inverses) needs, derived from the facts. */
    INFERRED("inferred"),
    /** The dataset's own description: VoID, DCAT, provenance, dump figures. */
    METADATA("metadata");

    private final String localName;

    NamedGraph(String localName) { this.localName = localName; }

    public String localName() { return localName; }

    public Node node(IriSpace iris) { return NodeFactory.createURI(iris.graph(localName)); }

    /** The graphs whose content is released in the dumps; metadata describes them and is not counted in them. */
    public boolean isContent() { return this != METADATA; }
}
