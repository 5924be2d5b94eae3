package org.pyconfgraph.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.BundledRelease;
import org.pyconfgraph.testing.FactsGraph;

/**
 * The research table as transcribed in {@code src/test/resources/history/}, and the ways the content tests read
 * the facts graph to compare with it: the sources of a value, the city of a place, the parts of an edition.
 */
final class HistoryTable {
    static final Path EDITIONS = Path.of("src/test/resources/history/editions.tsv");
    static final Path EDITIONS_EUROPE = Path.of("src/test/resources/history/editions-europe.tsv");
    static final Path DISAGREEMENTS = Path.of("src/test/resources/history/disagreements.tsv");

    /** One cell: an edition's field, its value and the keys of the sources the table cites for it. */
    record Cell(String edition, String field, String value, Set<String> sources) {
        @Override public String toString() { return edition + " " + field + " " + value + " " + sources; }
    }

    /** One conflict: its key, the edition, the field, the preferred reading and the others (VALUE@KEYS). */
    record Conflict(String key, String edition, String field, String preferred, List<String> others) {
        @Override public String toString() { return key + " " + edition + " " + field; }
    }

    static final FactsGraph FACTS = new FactsGraph(
        BundledRelease.release().dataset().getGraph(NamedGraph.FACTS.node(BundledRelease.iris())), BundledRelease.iris());

    private HistoryTable() {}

    static List<Cell> cells() { return cells(EDITIONS); }

    /** The cells of both transcriptions, for what spans the series (claims about firsts). */
    static List<Cell> allCells() {
        return java.util.stream.Stream.concat(cells(EDITIONS).stream(), cells(EDITIONS_EUROPE).stream()).toList();
    }

    private static List<Cell> cells(Path file) {
        return rows(file).stream().map(f -> new Cell(f[0], f[1], f[2], keys(f[3]))).toList();
    }

    static List<Conflict> conflicts() {
        return rows(DISAGREEMENTS).stream()
            .map(f -> new Conflict(f[0], f[1], f[2], f[3], Arrays.stream(f[4].split(";")).map(String::strip).toList()))
            .toList();
    }

    static Set<String> keys(String spaceSeparated) {
        return new LinkedHashSet<>(Arrays.asList(spaceSeparated.strip().split("\\s+")));
    }

    private static List<String[]> rows(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- reading the graph

    static Node pcg(String localName) { return FACTS.term(localName); }

    static Node rdf(String localName) { return FactsGraph.iri(Vocabularies.RDF + localName); }

    static Node event(String edition) { return FACTS.thing("event/" + edition); }

    static Node one(Set<Node> nodes, String what) {
        if (nodes.size() != 1) throw new AssertionError("expected one " + what + ", found " + nodes);
        return nodes.iterator().next();
    }

    static String label(Node node) {
        return FACTS.objects(node, FactsGraph.rdfs("label")).stream().map(Node::getLiteralLexicalForm).findFirst().orElse(null);
    }

    static String text(Node node) {
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.getURI();
    }

    /** The statements (asserted or not) of (s, p, o). */
    static Set<Node> statements(Node s, Node p, Node o) {
        return FACTS.subjects(rdf("subject"), s).stream()
            .filter(st -> FACTS.has(st, rdf("predicate"), p) && FACTS.has(st, rdf("object"), o))
            .collect(Collectors.toSet());
    }

    /**
     * The keys of the sources that state (s, p, o): those of its statements, or the single source of s. The wiki
     * page of the first release counts as W1, its copy in the migrated wiki.
     */
    static Set<String> sourcesOf(Node s, Node p, Node o) {
        Set<Node> statements = statements(s, p, o);
        Set<Node> sources = statements.isEmpty() ? singleSource(s)
            : statements.stream().flatMap(st -> FACTS.objects(st, FactsGraph.dcterms("source")).stream()).collect(Collectors.toSet());
        return keysOf(sources);
    }

    static Set<String> sourcesOfResource(Node resource) {
        return keysOf(FACTS.objects(resource, FactsGraph.dcterms("source")));
    }

    private static Set<Node> singleSource(Node s) {
        Set<Node> sources = FACTS.objects(s, FactsGraph.dcterms("source"));
        return sources.size() == 1 ? sources : Set.of();
    }

    static Set<String> keysOf(Set<Node> sources) {
        return sources.stream().map(source -> source.getURI().equals(Vocabularies.SOURCE_PAGE) ? "W1"
                : FACTS.objects(source, pcg("sourceKey")).stream().map(Node::getLiteralLexicalForm).findFirst().orElse(source.getURI()))
            .collect(Collectors.toSet());
    }

    /** The place itself and every place it lies in. */
    static Set<Node> enclosing(Node place) {
        Set<Node> places = new LinkedHashSet<>(List.of(place));
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Node p : List.copyOf(places)) grew |= places.addAll(FACTS.objects(p, pcg("containedInPlace")));
        }
        return places;
    }

    /** The city of a place: itself if it is a city, else the city it lies in (null if none). */
    static Node cityOf(Node place) {
        return enclosing(place).stream().filter(p -> FACTS.has(p, FactsGraph.rdfType(), pcg("City"))).findFirst().orElse(null);
    }

    /** The places an edition is held at: its city if one is stated, and its venue. */
    static Set<Node> placesOf(Node edition) {
        Set<Node> places = new LinkedHashSet<>(FACTS.objects(edition, pcg("city")));
        places.addAll(FACTS.objects(edition, pcg("venue")));
        return places;
    }

    static Node part(String edition, String kind) { return FACTS.thing("event/" + edition + "-" + kind); }
}
