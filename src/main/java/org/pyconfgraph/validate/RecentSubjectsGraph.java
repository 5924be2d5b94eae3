package org.pyconfgraph.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A read view of a graph that answers lookups by subject from the triples of the subjects it saw last.
 * <p>
 * Jena's SHACL engine checks a focus node against each property shape in turn, one lookup of the node per
 * property (25 for an event), then one lookup per value node and per class of its {@code sh:class} checks; on a
 * database each is an index search and the decoding of what it finds. Here the first lookup of a subject reads all
 * of its triples once, and the next ones (its other properties, the same venue of many events, the classes of the
 * ontology) are answered from them. Memory is bounded: at most {@link #SUBJECTS} subjects of at most
 * {@link #TRIPLES} triples each; a subject with more is looked up in the graph each time. Lookups with no subject
 * go to the graph. Not for use by more than one thread, as the validation that reads it.
 */
final class RecentSubjectsGraph extends GraphWrapper {
    static final int SUBJECTS = 4_096;
    static final int TRIPLES = 256;
    private static final List<Triple> TOO_MANY = Collections.unmodifiableList(new ArrayList<>());

    private final Map<Node, List<Triple>> recent = new LinkedHashMap<>(SUBJECTS * 2, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<Node, List<Triple>> eldest) {
            return size() > SUBJECTS;
        }
    };

    RecentSubjectsGraph(Graph graph) {
        super(graph);
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        List<Triple> triples = triplesOf(s);
        if (triples == TOO_MANY) return get().find(s, p, o);
        Triple pattern = Triple.createMatch(s, p, o);
        return WrappedIterator.create(triples.stream().filter(pattern::matches).iterator());
    }

    @Override
    public ExtendedIterator<Triple> find(Triple pattern) {
        return find(pattern.getSubject(), pattern.getPredicate(), pattern.getObject());
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        List<Triple> triples = triplesOf(s);
        if (triples == TOO_MANY) return get().contains(s, p, o);
        Triple pattern = Triple.createMatch(s, p, o);
        return triples.stream().anyMatch(pattern::matches);
    }

    @Override
    public boolean contains(Triple t) {
        return contains(t.getSubject(), t.getPredicate(), t.getObject());
    }

    /**
     * The subject's triples, or {@link #TOO_MANY} when it has more than a subject may keep here or the lookup names
     * no subject.
     */
    private List<Triple> triplesOf(Node subject) {
        if (subject == null || !subject.isConcrete()) return TOO_MANY;
        List<Triple> triples = recent.get(subject);
        if (triples != null) return triples;
        triples = new ArrayList<>();
        ExtendedIterator<Triple> all = get().find(subject, Node.ANY, Node.ANY);
        try {
            while (all.hasNext() && triples.size() <= TRIPLES) triples.add(all.next());
        } finally {
            all.close();
        }
        triples = triples.size() > TRIPLES ? TOO_MANY : List.copyOf(triples);
        recent.put(subject, triples);
        return triples;
    }
}
