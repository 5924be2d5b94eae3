package org.pyconfgraph.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.pyconfgraph.format.GraphSubjects.Subject;

/**
 * Views of graphs and datasets that answer every find in RDF term order, with given prefixes. Jena's writers
 * write in the order their source answers finds, and an in-memory graph answers in insertion and hash order;
 * through these views the same content is written as the same bytes, however it was loaded or inferred.
 * Blank node labels are not canonicalised: the sources mint IRIs instead (see the address rule).
 * <p>
 * A find of everything is answered subject by subject, in subject order, each subject's triples sorted: the same
 * order as sorting the whole graph, with only the subjects held in memory, so writers stream from a large store.
 */
final class OrderedViews {
    static final Comparator<Triple> TRIPLE_ORDER = Comparator
        .comparing(Triple::getSubject, NodeCmp::compareRDFTerms)
        .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
        .thenComparing(Triple::getObject, NodeCmp::compareRDFTerms);

    /** The order of one subject's triples: {@link #TRIPLE_ORDER} without comparing the equal subjects. */
    static final Comparator<Triple> PREDICATE_OBJECT_ORDER = (a, b) -> {
        // A subject's triples share few predicates, the same node objects when read from a database.
        int byPredicate = a.getPredicate() == b.getPredicate() ? 0 : NodeCmp.compareRDFTerms(a.getPredicate(), b.getPredicate());
        return byPredicate != 0 ? byPredicate : NodeCmp.compareRDFTerms(a.getObject(), b.getObject());
    };

    /** RDF term order of listed subjects; two IRIs (most subjects) compared as strings, as RDF term order does. */
    private static final Comparator<Subject> SUBJECT_ORDER = (a, b) -> a.node().isURI() && b.node().isURI()
        ? a.node().getURI().compareTo(b.node().getURI()) : NodeCmp.compareRDFTerms(a.node(), b.node());

    static final Comparator<Quad> QUAD_ORDER = Comparator
        .comparing(Quad::getGraph, NodeCmp::compareRDFTerms)
        .thenComparing(Quad::asTriple, TRIPLE_ORDER);

    private OrderedViews() {}

    static Graph graph(Graph graph, PrefixMapping prefixes) {
        return new OrderedGraph(graph, prefixes);
    }

    static DatasetGraph dataset(DatasetGraph dataset, PrefixMapping prefixes) {
        return new OrderedDataset(dataset, prefixes);
    }

    /**
     * The subjects of a graph in the order of their JSON-LD {@code @id} strings (blank nodes as {@code _:label}),
     * the order a JSON-LD processor gives nodes in, sorted in bounded memory ({@link SortedSubjects}): the caller
     * closes them. For an ordered view, read from the graph it wraps.
     */
    static SortedSubjects subjectsById(Graph graph) {
        GraphSubjects index = graph instanceof OrderedGraph view ? view.index() : GraphSubjects.of(graph);
        return SortedSubjects.sort(index.list(), JSON_LD_ID_ORDER);
    }

    private static final Comparator<Subject> JSON_LD_ID_ORDER = (a, b) -> a.node().isURI() && b.node().isURI()
        ? a.node().getURI().compareTo(b.node().getURI()) : jsonLdId(a.node()).compareTo(jsonLdId(b.node()));

    /** One subject's triples in {@link #TRIPLE_ORDER}; for an ordered view, read from the graph it wraps. */
    static List<Triple> triplesOf(Graph graph, Node subject) {
        List<Triple> triples = graph instanceof OrderedGraph view ? view.index().triplesOf(subject)
            : graph.find(subject, Node.ANY, Node.ANY).toList();
        triples.sort(PREDICATE_OBJECT_ORDER);
        return triples;
    }

    /** A listed subject's triples in {@link #TRIPLE_ORDER}, read by its node id where it has one. */
    static List<Triple> triplesOf(Graph graph, Subject subject) {
        if (!(graph instanceof OrderedGraph view)) return triplesOf(graph, subject.node());
        List<Triple> triples = view.index().triplesOf(subject);
        triples.sort(PREDICATE_OBJECT_ORDER);
        return triples;
    }

    private static String jsonLdId(Node node) {
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.isURI() ? node.getURI() : node.toString();
    }

    /** The subjects of an ordered view, in order; listed from the store once per view. */
    static Iterable<Subject> subjects(Graph orderedView) {
        return ((OrderedGraph) orderedView).sorted();
    }

    /** The part of an ordered view whose subjects are {@code first} and the ones after it. */
    static Graph from(Graph orderedView, Node first) {
        OrderedGraph view = (OrderedGraph) orderedView;
        return new OrderedGraph(view.base(), view.prefixes, view.index(), view.sorted(), first);
    }

    /** Lets go of what an ordered view holds beyond the heap (its sorted subjects' files), once it is written. */
    static void close(Graph orderedView) {
        ((OrderedGraph) orderedView).close();
    }

    /** The names of an ordered dataset's graphs in RDF term order, the default graph's among them if it holds any. */
    static List<Node> graphNames(DatasetGraph orderedView) {
        return ((OrderedDataset) orderedView).graphNames();
    }

    /** As {@link #close(Graph)}, for an ordered dataset and every graph view it gave. */
    static void close(DatasetGraph orderedView) {
        ((OrderedDataset) orderedView).closeViews();
    }

    private static final class OrderedGraph extends WrappedGraph {
        Graph base() { return base; }

        private final PrefixMapping prefixes;
        /** Read on first use and kept: a writer may list the graph several times. */
        private GraphSubjects index;
        private SortedSubjects sorted;
        /** Whether this view sorted its subjects itself (a view of part of a graph shares its whole's). */
        private final boolean ownsSorted;
        /** The first subject of a view of part of the graph (it holds the subjects from this one on), or null. */
        private final Node from;

        OrderedGraph(Graph base, PrefixMapping prefixes) {
            this(base, prefixes, null, null, null);
        }

        private OrderedGraph(Graph base, PrefixMapping prefixes, GraphSubjects index, SortedSubjects sorted, Node from) {
            super(base);
            this.prefixes = prefixes;
            this.index = index;
            this.sorted = sorted;
            this.ownsSorted = sorted == null;
            this.from = from;
        }

        @Override
        public ExtendedIterator<Triple> find(Triple pattern) {
            return find(pattern.getSubject(), pattern.getPredicate(), pattern.getObject());
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            if (isAny(s) && isAny(p) && isAny(o)) return bySubject();
            if (!isAny(s) && !inView(s)) return WrappedIterator.emptyIterator();
            if (!isAny(s) && isAny(p) && isAny(o)) return WrappedIterator.create(triplesOf(this, s).iterator());
            return sorted(base.find(s, p, o).filterKeep(t -> inView(t.getSubject())));
        }

        private boolean inView(Node subject) {
            return from == null || NodeCmp.compareRDFTerms(subject, from) >= 0;
        }

        private GraphSubjects index() {
            if (index == null) index = GraphSubjects.of(base);
            return index;
        }

        private SortedSubjects sorted() {
            if (sorted == null) sorted = SortedSubjects.sort(index().list(), SUBJECT_ORDER);
            return sorted;
        }

        @Override
        public void close() {
            if (ownsSorted && sorted != null) sorted.close();
            sorted = ownsSorted ? null : sorted;
        }

        private ExtendedIterator<Triple> bySubject() {
            Iterator<Subject> ordered = sorted().iterator();
            return WrappedIterator.create(new Iterator<>() {
                private Iterator<Triple> current = Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!current.hasNext() && ordered.hasNext()) {
                        Subject subject = ordered.next();
                        if (inView(subject.node())) current = triplesOf(OrderedGraph.this, subject).iterator();
                    }
                    return current.hasNext();
                }

                @Override
                public Triple next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    return current.next();
                }
            });
        }

        @Override
        public PrefixMapping getPrefixMapping() { return prefixes; }

        private static ExtendedIterator<Triple> sorted(ExtendedIterator<Triple> triples) {
            List<Triple> list = triples.toList();
            list.sort(TRIPLE_ORDER);
            return WrappedIterator.create(list.iterator());
        }
    }

    private static boolean isAny(Node node) { return node == null || node == Node.ANY; }

    private static final class OrderedDataset extends DatasetGraphWrapper {
        private final PrefixMapping prefixes;
        /** The graph views given out, closed with the dataset view. */
        private final List<OrderedGraph> views = new ArrayList<>();

        OrderedDataset(DatasetGraph base, PrefixMapping prefixes) {
            super(base);
            this.prefixes = prefixes;
        }

        @Override
        public Iterator<Node> listGraphNodes() {
            return sorted(super.listGraphNodes(), NodeCmp::compareRDFTerms);
        }

        @Override
        public Graph getDefaultGraph() { return opened(super.getDefaultGraph()); }

        @Override
        public Graph getGraph(Node graphNode) { return opened(super.getGraph(graphNode)); }

        @Override
        public Graph getUnionGraph() { return opened(super.getUnionGraph()); }

        private Graph opened(Graph graph) {
            OrderedGraph view = new OrderedGraph(graph, prefixes);
            views.add(view);
            return view;
        }

        void closeViews() {
            views.forEach(OrderedGraph::close);
            views.clear();
        }

        @Override
        public Iterator<Quad> find() { return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); }

        @Override
        public Iterator<Quad> find(Quad pattern) {
            return find(pattern.getGraph(), pattern.getSubject(), pattern.getPredicate(), pattern.getObject());
        }

        /** Every quad of a graph, or of all graphs, graph by graph, each graph subject by subject. */
        @Override
        public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            if (!(isAny(s) && isAny(p) && isAny(o)) || (g != null && Quad.isUnionGraph(g)))
                return sorted(super.find(g, s, p, o), QUAD_ORDER);
            List<Node> graphs = isAny(g) ? graphNames() : List.of(g);
            return Iter.flatMap(graphs.iterator(), name -> {
                Graph graph = Quad.isDefaultGraph(name) ? getDefaultGraph() : getGraph(name);
                return Iter.map(graph.find(), t -> Quad.create(name, t));
            });
        }

        List<Node> graphNames() {
            List<Node> graphs = new ArrayList<>();
            super.listGraphNodes().forEachRemaining(graphs::add);
            if (!super.getDefaultGraph().isEmpty()) graphs.add(Quad.defaultGraphIRI);
            graphs.sort(NodeCmp::compareRDFTerms);
            return graphs;
        }

        @Override
        public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
            return sorted(super.findNG(g, s, p, o), QUAD_ORDER);
        }

        @Override
        public PrefixMap prefixes() { return PrefixMapFactory.create(prefixes); }

        private static <T> Iterator<T> sorted(Iterator<T> items, Comparator<? super T> order) {
            List<T> list = new ArrayList<>();
            items.forEachRemaining(list::add);
            list.sort(order);
            return list.iterator();
        }
    }
}
