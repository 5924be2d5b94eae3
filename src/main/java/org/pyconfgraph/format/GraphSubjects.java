package org.pyconfgraph.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The distinct subjects of a graph, and each one's triples. Through {@code find()} every term of every triple is
 * decoded, and each subject's find looks the subject up again. For the union graph or a named graph of a TDB2
 * database both are read from an index whose key starts with the subject ({@code SPOG}, or {@code GSPO} with the
 * graph first), by node id: listing decodes one term per subject, and a subject's triples decode only their
 * predicates and objects. Used inside the caller's read transaction.
 * <p>
 * Predicates and object IRIs repeat from subject to subject (types, series, places, sources): their terms are kept
 * in a small table of recently decoded node ids, which costs a fraction of a lookup in TDB2's shared node cache
 * (about a third of a dump writer's time went to those lookups).
 */
final class GraphSubjects {
    private static final int SUBJECT = 1;
    private static final int PREDICATE = 2;
    private static final int OBJECT = 3;

    /** A subject, and for a TDB2 graph its node id (null otherwise), so that its triples are read without a lookup. */
    record Subject(Node node, NodeId id) {}

    private final Graph graph;
    /** For a graph not in TDB2: its subjects, collected once. */
    private final List<Subject> subjects;
    /** For a TDB2 graph: the index read, its graph id (any, for the union), and the node table; else null. */
    private final TupleIndex index;
    private final NodeId graphId;
    private final NodeTable nodes;
    /** Recently decoded terms, by node id: a slot per hash, replaced on a miss, so its size is fixed. */
    private final Decoded[] recent;

    /** A node id and its term, kept together so that a slot read by any thread is one consistent pair. */
    private record Decoded(NodeId id, Node node) {}

    private static final int RECENT_SLOTS = 1 << 13;

    private GraphSubjects(Graph graph, List<Subject> subjects, TupleIndex index, NodeId graphId, NodeTable nodes) {
        this.graph = graph;
        this.subjects = subjects;
        this.index = index;
        this.graphId = graphId;
        this.nodes = nodes;
        this.recent = nodes == null ? null : new Decoded[RECENT_SLOTS];
    }

    static GraphSubjects of(Graph graph) {
        GraphSubjects fromIndex = fromTdb2Index(graph);
        if (fromIndex != null) return fromIndex;
        Set<Node> subjects = new HashSet<>();
        graph.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        return new GraphSubjects(graph, subjects.stream().map(s -> new Subject(s, null)).toList(), null, null, null);
    }

    /** The subjects, each once, in no particular order; from TDB2, streamed from its index as it is read. */
    Iterator<Subject> list() {
        if (index == null) return subjects.iterator();
        if (absentGraph()) return Collections.emptyIterator();
        Iterator<Tuple<NodeId>> quads = NodeId.isAny(graphId) ? index.all()
            : index.find(TupleFactory.create4(graphId, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny));
        return new Iterator<>() {
            private NodeId previous;
            private Subject next;

            @Override
            public boolean hasNext() {
                while (next == null && quads.hasNext()) {
                    NodeId subject = quads.next().get(SUBJECT);
                    if (subject.equals(previous)) continue;
                    previous = subject;
                    next = new Subject(nodes.getNodeForNodeId(subject), subject);
                }
                return next != null;
            }

            @Override
            public Subject next() {
                if (!hasNext()) throw new NoSuchElementException();
                Subject subject = next;
                next = null;
                return subject;
            }
        };
    }

    /** The subjects, each once, in no particular order, in a new list. */
    List<Subject> subjects() {
        List<Subject> all = new ArrayList<>();
        list().forEachRemaining(all::add);
        return all;
    }

    /** A subject's triples, in no particular order. */
    List<Triple> triplesOf(Node subject) {
        if (index == null) return graph.find(subject, Node.ANY, Node.ANY).toList();
        if (absentGraph()) return new ArrayList<>();
        NodeId id = nodes.getNodeIdForNode(subject);
        return NodeId.isDoesNotExist(id) ? new ArrayList<>() : triplesOf(new Subject(subject, id));
    }

    /** A listed subject's triples, in no particular order. */
    List<Triple> triplesOf(Subject listed) {
        NodeId id = listed.id();
        Node subject = listed.node();
        if (index == null || id == null) return graph.find(subject, Node.ANY, Node.ANY).toList();
        if (absentGraph()) return new ArrayList<>();
        List<Triple> triples = new ArrayList<>();
        Iterator<Tuple<NodeId>> quads = index.find(TupleFactory.create4(graphId, id, NodeId.NodeIdAny, NodeId.NodeIdAny));
        NodeId lastPredicate = null;
        NodeId lastObject = null;
        while (quads.hasNext()) {
            Tuple<NodeId> quad = quads.next();
            NodeId predicate = quad.get(PREDICATE);
            NodeId object = quad.get(OBJECT);
            // In SPOG order the same triple in several graphs comes in adjacent quads: the union holds it once.
            if (predicate.equals(lastPredicate) && object.equals(lastObject)) continue;
            lastPredicate = predicate;
            lastObject = object;
            triples.add(Triple.create(subject, node(predicate), node(object)));
        }
        return triples;
    }

    /**
     * The term of a node id, from the recently decoded ones or else the node table. Inline values (numbers, dates,
     * booleans: decoded from the id, not the table) are kept too; two of different types can be equal ids, so the
     * type is compared as well.
     */
    private Node node(NodeId id) {
        int hash = id.hashCode();
        int slot = (hash ^ (hash >>> 13) ^ id.type().ordinal()) & (RECENT_SLOTS - 1);
        Decoded kept = recent[slot];
        if (kept != null && kept.id().equals(id) && kept.id().type() == id.type()) return kept.node();
        Node node = nodes.getNodeForNodeId(id);
        recent[slot] = new Decoded(id, node);
        return node;
    }

    /** A named graph the database does not hold (a TDB2 pattern would read a missing graph id as any graph). */
    private boolean absentGraph() { return graphId == null || NodeId.isDoesNotExist(graphId); }

    /** Read from a TDB2 index, or null if the graph is not a union or named graph of a TDB2 database. */
    private static GraphSubjects fromTdb2Index(Graph graph) {
        if (!(graph instanceof GraphView view) || view.getDataset() == null) return null;
        DatasetGraph dataset = view.getDataset();
        Node name = view.getGraphName();
        if (name == null || Quad.isDefaultGraph(name) || !TDBInternal.isTDB2(dataset)) return null;
        boolean union = Quad.isUnionGraph(name);
        TupleIndex index = TDBInternal.findIndex(dataset, union ? "SPOG" : "GSPO");
        if (index == null) return null;
        NodeTable nodes = TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable().getNodeTable();
        NodeId graphId = union ? NodeId.NodeIdAny : TDBInternal.getNodeId(dataset, name);
        return new GraphSubjects(graph, null, index, graphId, nodes);
    }
}
