package org.pyconfgraph.sources;

import static org.pyconfgraph.testing.FactsGraph.dcterms;
import static org.pyconfgraph.testing.FactsGraph.iri;
import static org.pyconfgraph.testing.FactsGraph.rdfType;
import static org.pyconfgraph.testing.FactsGraph.rdfs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.BundledRelease;
import org.pyconfgraph.testing.FactsGraph;

/**
 * Reads an edition of the facts graph in the terms of the research table: a date, a city, a venue, an attendance
 * figure or a role as the table writes it, and the keys of the sources the data cites for it.
 */
final class EditionFacts {
    private final FactsGraph facts;

    EditionFacts(FactsGraph facts) { this.facts = facts; }

    /**
     * The facts graph of the bundled release, read together with the ontology graph, where the concepts of role
     * and part kinds may be defined (they are found by their labels).
     */
    static EditionFacts ofBundledRelease() {
        var dataset = BundledRelease.release().dataset();
        var iris = BundledRelease.iris();
        return new EditionFacts(new FactsGraph(new Union(dataset.getGraph(NamedGraph.FACTS.node(iris)),
            dataset.getGraph(NamedGraph.ONTOLOGY.node(iris))), iris));
    }

    Node edition(String id) { return facts.thing("event/" + id); }

    Node pcg(String localName) { return facts.term(localName); }

    /** A date or number literal at the precision its lexical form shows. */
    static Node literal(String field, String value) {
        if (field.equals("ordinal")) return NodeFactory.createLiteralDT(value, XSDDatatype.XSDpositiveInteger);
        XSDDatatype type = switch (value.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        };
        return NodeFactory.createLiteralDT(value, type);
    }

    /** The source keys of nodes cited as sources: a source's pcg:sourceKey, and the key of every copy of it. */
    Set<String> keys(Set<Node> sources) {
        Set<String> keys = new LinkedHashSet<>();
        for (Node source : sources) {
            facts.objects(source, pcg("sourceKey")).forEach(k -> keys.add(k.getLiteralLexicalForm()));
            for (Node copy : facts.subjects(iri(Vocabularies.PROV + "alternateOf"), source))
                facts.objects(copy, pcg("sourceKey")).forEach(k -> keys.add(k.getLiteralLexicalForm()));
        }
        return keys;
    }

    /** The keys of the sources that state (s, p, o): its pcg:Statements, or the single source of s. */
    Set<String> sourcesOf(Node s, Node p, Node o) {
        Set<Node> cited = new HashSet<>();
        for (Node statement : facts.subjects(iri(Vocabularies.RDF + "subject"), s)) {
            if (facts.has(statement, iri(Vocabularies.RDF + "predicate"), p)
                    && facts.has(statement, iri(Vocabularies.RDF + "object"), o))
                cited.addAll(facts.objects(statement, dcterms("source")));
        }
        Set<Node> own = facts.objects(s, dcterms("source"));
        if (cited.isEmpty() && own.size() == 1) cited.addAll(own);
        return keys(cited);
    }

    Set<String> sourcesOf(Node resource) { return keys(facts.objects(resource, dcterms("source"))); }

    String label(Node node) {
        return facts.objects(node, rdfs("label")).stream().map(Node::getLiteralLexicalForm).findFirst().orElse("");
    }

    /** The place and every place it lies in. */
    Set<Node> withContainers(Node place) {
        Set<Node> all = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(place));
        while (!todo.isEmpty()) {
            Node next = todo.pop();
            if (all.add(next)) todo.addAll(facts.objects(next, pcg("containedInPlace")));
        }
        return all;
    }

    /**
     * The keys of the sources that place the edition (by pcg:venue and pcg:city, or pcg:plannedVenue) at a place
     * whose locality, region or country is the value; empty when no such place is stated.
     */
    Set<String> placedBy(Node edition, String placeProperty, String value, String... venueProperties) {
        Set<String> keys = new LinkedHashSet<>();
        for (String venueProperty : venueProperties)
            for (Node venue : facts.objects(edition, pcg(venueProperty))) {
                boolean matches = withContainers(venue).stream().anyMatch(place -> facts.objects(place, pcg(placeProperty))
                    .stream().anyMatch(v -> v.getLiteralLexicalForm().equals(value)));
                if (matches) keys.addAll(sourcesOf(edition, pcg(venueProperty), venue));
            }
        return keys;
    }

    /** The objects of (edition, property) labelled with the value. */
    Set<Node> labelled(Node edition, String property, String value) {
        return facts.objects(edition, pcg(property)).stream().filter(o -> label(o).equals(value)).collect(Collectors.toSet());
    }

    /** The parts of the edition of one kind with exactly these dates ("" for a date the data leaves out). */
    Set<Node> parts(Node edition, String kind, String start, String end) {
        return parts(edition, kind).stream()
            .filter(part -> dateOf(part, "startDate").equals(start) && dateOf(part, "endDate").equals(end))
            .collect(Collectors.toSet());
    }

    /** The parts of the edition whose kind is labelled so ("tutorials", "talks", "sprints"). */
    Set<Node> parts(Node edition, String kind) {
        return facts.subjects(pcg("partOf"), edition).stream()
            .filter(part -> facts.objects(part, pcg("partKind")).stream().anyMatch(k -> label(k).equals(kind)))
            .collect(Collectors.toSet());
    }

    String dateOf(Node node, String property) {
        return facts.objects(node, pcg(property)).stream().map(Node::getLiteralLexicalForm).findFirst().orElse("");
    }

    /** An attendance figure written as the table writes it: COUNT|QUALIFIERS|COUNTED. */
    String figure(Node figure) {
        String count = dateOf(figure, "count");
        String qualifiers = facts.objects(figure, pcg("countQualifier")).stream().map(Node::getLiteralLexicalForm)
            .sorted().collect(Collectors.joining(", "));
        return count + "|" + qualifiers + "|" + dateOf(figure, "counted");
    }

    /** The same figure with its qualifiers in sorted order, so that the table's order does not matter. */
    static String normalisedFigure(String written) {
        String[] cells = written.split("\\|", -1);
        String qualifiers = List.of(cells[1].split(", ")).stream().filter(q -> !q.isEmpty()).sorted()
            .collect(Collectors.joining(", "));
        return cells[0] + "|" + qualifiers + "|" + cells[2];
    }

    /** The roles of the edition whose kind is labelled so ("chair", "organiser" ...), held by a person with this label. */
    Set<Node> roles(Node edition, String kind, String person) {
        return facts.objects(edition, pcg("role")).stream()
            .filter(role -> facts.objects(role, pcg("roleKind")).stream().anyMatch(k -> label(k).equals(kind)))
            .filter(role -> facts.objects(role, pcg("person")).stream().anyMatch(p -> label(p).equals(person)))
            .collect(Collectors.toSet());
    }

    /** The claims about the edition that quote these words (in one of their pcg:sourceQuote values). */
    Set<Node> claims(Node edition, String words) {
        return facts.subjects(pcg("about"), edition).stream()
            .filter(claim -> facts.has(claim, rdfType(), pcg("Claim")))
            .filter(claim -> facts.objects(claim, pcg("sourceQuote")).stream().anyMatch(q -> q.getLiteralLexicalForm().contains(words)))
            .collect(Collectors.toSet());
    }

    boolean isEdition(Node node) { return facts.has(node, rdfType(), pcg("Event")); }

    FactsGraph graph() { return facts; }
}
