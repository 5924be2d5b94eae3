package org.pyconfgraph.store;

import java.util.Iterator;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * A store's content as every reader sees it: read-only, and with the union of the named graphs as its default
 * graph. A release holds named graphs only, so without this a plain {@code SELECT * { ?s ?p ?o }} would see
 * nothing. Being a view (not a plain wrapper), query engines never bypass it for the dataset underneath.
 */
public final class UnionDefaultGraphView extends DatasetGraphReadOnly implements DatasetGraphWrapperView {

    public UnionDefaultGraphView(DatasetGraph namedGraphs) {
        super(namedGraphs);
    }

    @Override
    public Graph getDefaultGraph() { return new GraphReadOnly(get().getUnionGraph()); }

    @Override
    public Graph getUnionGraph() { return getDefaultGraph(); }

    @Override
    public Graph getGraph(Node graphNode) {
        return isDefault(graphNode) ? getDefaultGraph() : super.getGraph(graphNode);
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (!isDefault(g)) return super.find(g, s, p, o);
        return Iter.map(getDefaultGraph().find(s, p, o), t -> Quad.create(Quad.defaultGraphIRI, t));
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Stream<Quad> stream(Node g, Node s, Node p, Node o) { return Iter.asStream(find(g, s, p, o)); }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return isDefault(g) ? getDefaultGraph().contains(s, p, o) : super.contains(g, s, p, o);
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    private static boolean isDefault(Node graphNode) {
        return graphNode != null && (Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode));
    }
}
