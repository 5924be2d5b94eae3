package org.pyconfgraph.publish.html;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.pyconfgraph.model.Vocabularies;

/**
 * The sources that state one value of a document, read from the document itself: the sources of the value's
 * pcg:Statement ({@code <thing#property>}, rdf:subject/predicate/object), or else, for a resource with a single
 * source, that source, which states all its values (README, "Sources and provenance"): its labels and facts, not
 * what the rules inferred from them.
 */
final class SourceMarks {
    static final Node SOURCE = NodeFactory.createURI(Vocabularies.DCTERMS + "source");
    private static final Node LABEL = NodeFactory.createURI(Vocabularies.RDFS + "label");

    private final Graph graph;
    private final String keyedPrefix;
    private final Terms terms;
    private final Node statementClass;
    private final Set<Node> facts;

    /**
     * @param keyedPrefix the IRI prefix under which a source's IRI ends with its key ({@code B/id/source/})
     * @param facts       the fact-bearing properties, which a resource's single source states (labels too)
     */
    SourceMarks(Graph graph, String keyedPrefix, Node statementClass, Set<Node> facts, Terms terms) {
        this.graph = graph;
        this.facts = facts;
        this.keyedPrefix = keyedPrefix;
        this.statementClass = statementClass;
        this.terms = terms;
    }

    /** The marks of one statement of the page, by key; none for provenance itself (sources, statements). */
    List<SourceMark> of(Triple value) {
        Node subject = value.getSubject();
        Node property = value.getPredicate();
        if (property.equals(SOURCE) || graph.contains(subject, RDF.type.asNode(), statementClass)) return List.of();
        Set<Node> sources = new TreeSet<>(Comparator.comparing(Node::toString));
        graph.find(Node.ANY, RDF.subject.asNode(), subject).mapWith(Triple::getSubject)
            .filterKeep(s -> graph.contains(s, RDF.predicate.asNode(), property)
                && graph.contains(s, RDF.object.asNode(), value.getObject()))
            .forEachRemaining(s -> graph.find(s, SOURCE, Node.ANY).mapWith(Triple::getObject)
                .forEachRemaining(sources::add));
        if (sources.isEmpty() && (facts.contains(property) || property.equals(LABEL))) {
            List<Node> direct = graph.find(subject, SOURCE, Node.ANY).mapWith(Triple::getObject).toList();
            if (direct.size() == 1) sources.addAll(direct);
        }
        return sources.stream().filter(Node::isURI).map(this::mark).toList();
    }

    SourceMark mark(Node source) {
        String iri = source.getURI();
        String key = iri.startsWith(keyedPrefix) ? iri.substring(keyedPrefix.length()) : null;
        return SourceMark.of(iri, key, terms.label(source).orElse(null));
    }
}
