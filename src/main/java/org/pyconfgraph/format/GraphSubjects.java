package org.pyconfgraph.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The distinct subjects of a graph. Listing them through {@code find()} decodes every term of every triple; for
 * the union graph or a named graph of a TDB2 database they are read from an index whose key starts with the
 * subject ({@code SPOG}, or {@code GSPO} for one graph), where each subject's quads are adjacent, so only one
 * term per subject is decoded. Inside the caller's read transaction.
 */
final class GraphSubjects {
    private static final int SUBJECT = 1;

    private GraphSubjects() {}

    static List<Node> of(Graph graph) {
        List<Node> fromIndex = fromTdb2Index(graph);
        if (fromIndex != null) return fromIndex;
        Set<Node> subjects = new HashSet<>();
        graph.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        return new ArrayList<>(subjects);
    }

    /** The subjects from a TDB2 index, or null if the graph is not a union or named graph of a TDB2 database. */
    private static List<Node> fromTdb2Index(Graph graph) {
        if (!(graph instanceof GraphView view) || view.getDataset() == null) return null;
        DatasetGraph dataset = view.getDataset();
        Node name = view.getGraphName();
        if (name == null || Quad.isDefaultGraph(name) || !TDBInternal.isTDB2(dataset)) return null;
        Iterator<Tuple<NodeId>> quads;
        if (Quad.isUnionGraph(name)) {
            TupleIndex bySubject = TDBInternal.findIndex(dataset, "SPOG");
            if (bySubject == null) return null;
            quads = bySubject.all();
        } else {
            TupleIndex byGraph = TDBInternal.findIndex(dataset, "GSPO");
            NodeId graphId = TDBInternal.getNodeId(dataset, name);
            if (byGraph == null) return null;
            if (graphId == null || NodeId.isDoesNotExist(graphId)) return new ArrayList<>();
            quads = byGraph.find(TupleFactory.create4(graphId, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny));
        }
        List<Node> subjects = new ArrayList<>();
        NodeId previous = null;
        while (quads.hasNext()) {
            Tuple<NodeId> quad = quads.next();
            NodeId subject = quad.get(SUBJECT);
            if (subject.equals(previous)) continue;
            previous = subject;
            subjects.add(TDBInternal.getNode(dataset, subject));
        }
        return subjects;
    }
}
