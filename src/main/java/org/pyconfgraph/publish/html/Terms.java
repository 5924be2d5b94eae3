package org.pyconfgraph.publish.html;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.pyconfgraph.model.Vocabularies;

/**
 * Turns the nodes of one document into {@link Term}s: resources by their label in the document, or else by their
 * prefixed name; properties always by prefixed name; blank nodes by the ids the page gave them.
 */
final class Terms {
    /**
     * The label property's rank first (Vocabularies.LABEL_PROPERTIES), then English, untagged, any other language;
     * alphabetical among equals, so pages are stable.
     */
    private static final Comparator<Triple> LABEL_PREFERENCE = Comparator
        .comparingInt((Triple t) -> Vocabularies.LABEL_PROPERTIES.indexOf(t.getPredicate().getURI()))
        .thenComparingInt(t -> t.getObject().getLiteralLanguage().equals("en") ? 0 : t.getObject().getLiteralLanguage().isEmpty() ? 1 : 2)
        .thenComparing(t -> t.getObject().getLiteralLexicalForm());

    private final Graph document;
    private final PrefixMapping prefixes;
    private final Map<Node, String> blankIds;
    /** Each resource's label, found once: a page names the same resources in many rows. */
    private final Map<Node, Optional<String>> labels = new HashMap<>();

    Terms(Graph document, PrefixMapping prefixes, Map<Node, String> blankIds) {
        this.document = document;
        this.prefixes = prefixes;
        this.blankIds = blankIds;
    }

    Term of(Node node) {
        if (node.isURI()) return Term.link(label(node).orElseGet(() -> prefixes.shortForm(node.getURI())), node.getURI());
        if (node.isBlank()) return Term.blank(blankIds.get(node));
        String datatype = node.getLiteralDatatypeURI();
        boolean plain = datatype.equals(XSDDatatype.XSDstring.getURI()) || datatype.equals(RDF.dtLangString.getURI());
        String language = node.getLiteralLanguage();
        return Term.literal(node.getLiteralLexicalForm(), language.isEmpty() ? null : language,
            plain ? null : property(NodeFactory.createURI(datatype)));
    }

    /** How a table names a subject: its IRI, or its blank node id. */
    String name(Node subject) {
        return subject.isBlank() ? "_:" + blankIds.get(subject) : subject.getURI();
    }

    /** A property (or datatype): its prefixed name says more to a reader of RDF than a label would. */
    Term property(Node iri) {
        return Term.link(prefixes.shortForm(iri.getURI()), iri.getURI());
    }

    Optional<String> label(Node resource) {
        return labels.computeIfAbsent(resource, this::findLabel);
    }

    private Optional<String> findLabel(Node resource) {
        return document.find(resource, Node.ANY, Node.ANY).toList().stream()
            .filter(t -> t.getObject().isLiteral() && Vocabularies.LABEL_PROPERTIES.contains(t.getPredicate().getURI()))
            .min(LABEL_PREFERENCE)
            .map(t -> t.getObject().getLiteralLexicalForm());
    }
}
