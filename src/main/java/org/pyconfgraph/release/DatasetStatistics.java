package org.pyconfgraph.release;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.atlas.data.DistinctDataBag;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.vocabulary.RDF;
import org.pyconfgraph.format.ExternalSort;
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

    /**
     * Counts subject by subject: the distinct triples of the union are those of each subject in any content graph,
     * so the heap holds one subject's triples at a time, never a copy of the union; the distinct subjects go
     * through a spilling bag ({@link ExternalSort}), so they too are held only up to its setting.
     */
    static DatasetStatistics of(DatasetGraph content, IriSpace iris) {
        Map<NamedGraph, Long> graphTriples = new EnumMap<>(NamedGraph.class);
        List<Graph> graphs = new ArrayList<>();
        DistinctDataBag<Node> subjects = ExternalSort.distinct(ExternalSort.NODES, NodeCmp::compareRDFTerms,
            ExternalSort.Runs.fromSetting());
        try {
            for (NamedGraph graph : NamedGraph.values()) {
                if (!graph.isContent()) continue;
                Graph named = content.getGraph(graph.node(iris));
                graphs.add(named);
                long[] triples = {0};
                named.find().forEachRemaining(t -> {
                    triples[0]++;
                    subjects.add(t.getSubject());
                });
                graphTriples.put(graph, triples[0]);
            }
            return counted(subjects, graphs, graphTriples, iris);
        } finally {
            subjects.close();
        }
    }

    private static DatasetStatistics counted(Iterable<Node> subjects, List<Graph> graphs,
                                             Map<NamedGraph, Long> graphTriples, IriSpace iris) {
        long[] totals = {0, 0};
        Map<String, Long> instances = new HashMap<>();
        SortedMap<String, Long> propertyTriples = new TreeMap<>();
        String uriSpace = iris.thing("");
        Set<Triple> ofSubject = new HashSet<>();
        for (Node s : subjects) {
            ofSubject.clear();
            for (Graph graph : graphs) graph.find(s, Node.ANY, Node.ANY).forEachRemaining(ofSubject::add);
            totals[0] += ofSubject.size();
            if (s.isURI() && s.getURI().startsWith(uriSpace)) totals[1]++;
            for (Triple t : ofSubject) {
                propertyTriples.merge(t.getPredicate().getURI(), 1L, Long::sum);
                if (isTyping(t)) instances.merge(t.getObject().getURI(), 1L, Long::sum);
            }
        }
        SortedMap<String, Long> classEntities = new TreeMap<>(instances);

        SortedSet<String> vocabularies = new TreeSet<>();
        propertyTriples.keySet().forEach(p -> vocabularies.add(vocabularyOf(p, iris)));
        classEntities.keySet().forEach(c -> vocabularies.add(vocabularyOf(c, iris)));
        return new DatasetStatistics(totals[0], totals[1], classEntities, propertyTriples, graphTriples, vocabularies);
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
