package org.pyconfgraph.release;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;

/**
 * The VoID figures of a release, counted over the content graphs (never the metadata graph, which holds
 * these figures and is in no dump). Every count is of distinct triples or distinct nodes of the union of the
 * content graphs, which is exactly what the triple dumps (Turtle, JSON-LD, N-Triples) hold.
 *
 * @param triples          distinct triples of the union
 * @param entities         distinct IRIs under the things' URI space ({@code <base>id/}) that are the subject of
 *                         a triple
 * @param classEntities    per class (object of {@code rdf:type}), its distinct instances (subjects), by class IRI
 * @param propertyTriples  per property (predicate), the distinct triples using it, by property IRI
 * @param graphTriples     per content graph, its triples (the quads of that graph in the N-Quads and TriG dumps)
 * @param vocabularies     the vocabularies of the properties and classes used: ours by its ontology IRI, the
 *                         others by their namespace IRI
 */
record DatasetStatistics(long triples, long entities, SortedMap<String, Long> classEntities,
                         SortedMap<String, Long> propertyTriples, Map<NamedGraph, Long> graphTriples,
                         SortedSet<String> vocabularies) {

    static DatasetStatistics of(DatasetGraph content, IriSpace iris) {
        Graph union = GraphFactory.createDefaultGraph();
        Map<NamedGraph, Long> graphTriples = new EnumMap<>(NamedGraph.class);
        for (NamedGraph graph : NamedGraph.values()) {
            if (!graph.isContent()) continue;
            Graph named = content.getGraph(graph.node(iris));
            graphTriples.put(graph, (long) named.size());
            GraphUtil.addInto(union, named);
        }

        Set<Node> entities = new HashSet<>();
        Map<String, Set<Node>> instances = new HashMap<>();
        SortedMap<String, Long> propertyTriples = new TreeMap<>();
        String uriSpace = iris.thing("");
        union.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(uriSpace)) entities.add(s);
            propertyTriples.merge(t.getPredicate().getURI(), 1L, Long::sum);
            if (isTyping(t)) instances.computeIfAbsent(t.getObject().getURI(), c -> new HashSet<>()).add(s);
        });
        SortedMap<String, Long> classEntities = new TreeMap<>();
        instances.forEach((c, members) -> classEntities.put(c, (long) members.size()));

        SortedSet<String> vocabularies = new TreeSet<>();
        propertyTriples.keySet().forEach(p -> vocabularies.add(vocabularyOf(p, iris)));
        classEntities.keySet().forEach(c -> vocabularies.add(vocabularyOf(c, iris)));
        return new DatasetStatistics(union.size(), entities.size(), classEntities, propertyTriples, graphTriples,
            vocabularies);
    }

    private static boolean isTyping(Triple t) {
        return t.getPredicate().equals(RDF.Nodes.type) && t.getObject().isURI();
    }

    /** The longest known namespace the term is in; for terms of no known vocabulary, the IRI up to its local name. */
    static String vocabularyOf(String term, IriSpace iris) {
        String namespace = Vocabularies.prefixes(iris).getNsPrefixMap().values().stream()
            .filter(ns -> !ns.equals(iris.thing("")) && term.startsWith(ns))
            .max(Comparator.comparingInt(String::length))
            .orElseGet(() -> term.substring(0, Math.max(term.lastIndexOf('#'), term.lastIndexOf('/')) + 1));
        return namespace.equals(iris.vocabularyNamespace()) ? iris.vocabulary() : namespace;
    }
}
