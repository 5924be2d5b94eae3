package org.pyconfgraph.publish.sparql;

import java.util.Iterator;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The dataset as one query execution reads it: every step through its triples first checks the execution's
 * deadline. ARQ checks for cancellation between solutions, but some operators do unbounded work inside one
 * step: property path evaluation computes a whole closure, nested {@code *} paths one closure per node, and
 * MINUS reads its whole right-hand side, without looking. They all read the data, so a check here stops them.
 * <p>
 * Being a view, it makes ARQ run its general engine; a TDB2 database is therefore given to its own engine
 * unwrapped, and {@link LimitingOpExecutor} checks the deadline there (in every counted operator and in every
 * path's reads, through {@link #checking(Graph, QueryDeadline)}).
 */
final class DeadlineCheckingDataset extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    private final QueryDeadline deadline;

    DeadlineCheckingDataset(DatasetGraph dataset, QueryDeadline deadline) {
        super(dataset);
        this.deadline = deadline;
    }

    @Override
    public Graph getDefaultGraph() { return checking(super.getDefaultGraph()); }

    @Override
    public Graph getUnionGraph() { return checking(super.getUnionGraph()); }

    @Override
    public Graph getGraph(Node graphNode) { return checking(super.getGraph(graphNode)); }

    @Override
    public Iterator<Quad> find() { return checking(super.find()); }

    @Override
    public Iterator<Quad> find(Quad quad) { return checking(super.find(quad)); }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) { return checking(super.find(g, s, p, o)); }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) { return checking(super.findNG(g, s, p, o)); }

    @Override
    public Stream<Quad> stream(Node g, Node s, Node p, Node o) { return Iter.asStream(find(g, s, p, o)); }

    private Graph checking(Graph graph) { return checking(graph, deadline); }

    /** {@code graph}, its finds checking {@code deadline} when they start and at every step. */
    static Graph checking(Graph graph, QueryDeadline deadline) {
        return graph == null ? null : new CheckingGraph(graph, deadline);
    }

    private <T> Iterator<T> checking(Iterator<T> iterator) {
        deadline.check();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                deadline.check();
                return iterator.hasNext();
            }

            @Override
            public T next() { return iterator.next(); }
        };
    }

    /** A graph whose finds check the deadline when they start and at every step. */
    private static final class CheckingGraph extends GraphWrapper {
        private final QueryDeadline deadline;

        CheckingGraph(Graph graph, QueryDeadline deadline) {
            super(graph);
            this.deadline = deadline;
        }

        @Override
        public ExtendedIterator<Triple> find(Triple triple) {
            return find(triple.getSubject(), triple.getPredicate(), triple.getObject());
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            deadline.check();
            return new CheckingIterator(get().find(s, p, o), deadline);
        }

        @Override
        public boolean contains(Node s, Node p, Node o) {
            deadline.check();
            return get().contains(s, p, o);
        }

        @Override
        public boolean contains(Triple t) { return contains(t.getSubject(), t.getPredicate(), t.getObject()); }
    }

    private static final class CheckingIterator extends WrappedIterator<Triple> {
        private final QueryDeadline deadline;

        CheckingIterator(ExtendedIterator<Triple> base, QueryDeadline deadline) {
            super(base, true);
            this.deadline = deadline;
        }

        @Override
        public boolean hasNext() {
            deadline.check();
            return super.hasNext();
        }
    }
}
