package org.pyconfgraph.testing;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.Vocabularies;

/** Reads one graph of the release in the terms of our data: things by path, terms by local name. */
public record FactsGraph(Graph graph, IriSpace iris) {

    public Node thing(String path) { return NodeFactory.createURI(iris.thing(path)); }

    public Node term(String localName) { return NodeFactory.createURI(iris.term(localName)); }

    public static Node iri(String iri) { return NodeFactory.createURI(iri); }

    public static Node rdfs(String localName) { return iri(Vocabularies.RDFS + localName); }

    public static Node skos(String localName) { return iri(Vocabularies.SKOS + localName); }

    public static Node schema(String localName) { return iri(Vocabularies.SCHEMA + localName); }

    public static Node dcterms(String localName) { return iri(Vocabularies.DCTERMS + localName); }

    public static Node rdfType() { return iri(Vocabularies.RDF + "type"); }

    public static Node en(String text) { return NodeFactory.createLiteralLang(text, "en"); }

    public static Node plain(String text) { return NodeFactory.createLiteralString(text); }

    public static Node typed(String lexical, XSDDatatype datatype) { return NodeFactory.createLiteralDT(lexical, datatype); }

    public boolean has(Node s, Node p, Node o) { return graph.contains(s, p, o); }

    /** Every object of (s, p), as a set. */
    public Set<Node> objects(Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toSet();
    }

    /** Every subject of (p, o), as a set. */
    public Set<Node> subjects(Node p, Node o) {
        return graph.find(Node.ANY, p, o).mapWith(t -> t.getSubject()).toSet();
    }

    public Set<Node> things(String... paths) {
        return List.of(paths).stream().map(this::thing).collect(Collectors.toSet());
    }
}
