package org.pyconfgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The links of a TDB2 database's union graph read from its quad indexes by node id, for work that looks at every
 * link once per release (the hub index). {@code OSPG} holds each object's quads together, ordered by subject, then
 * property, then graph, so a link held in several graphs lies in adjacent quads: counting each object's distinct links
 * decodes no term, and only what the caller asks for is decoded. Used inside the caller's read transaction.
 */
public final class Tdb2Links {
    private static final int SUBJECT = 1;
    private static final int PREDICATE = 2;
    private static final int OBJECT = 3;
    /** The properties decoded for one listing are kept up to this many (a resource's links use few). */
    private static final int KEPT_PROPERTIES = 4096;

    private final TupleIndex objectFirst;
    private final TupleIndex subjectFirst;
    private final NodeTable nodes;

    /** A link from subject to object by a property. */
    @FunctionalInterface
    public interface Link {
        void accept(Node subject, Node property, Node object);
    }

    private Tdb2Links(TupleIndex objectFirst, TupleIndex subjectFirst, NodeTable nodes) {
        this.objectFirst = objectFirst;
        this.subjectFirst = subjectFirst;
        this.nodes = nodes;
    }

    /** The links of {@code dataset}, if it is a TDB2 database with the standard quad indexes. */
    static Optional<Tdb2Links> of(DatasetGraph dataset) {
        if (!TDBInternal.isTDB2(dataset)) return Optional.empty();
        TupleIndex objectFirst = TDBInternal.findIndex(dataset, "OSPG");
        TupleIndex subjectFirst = TDBInternal.findIndex(dataset, "SPOG");
        if (objectFirst == null || subjectFirst == null) return Optional.empty();
        NodeTable nodes = TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable().getNodeTable();
        return Optional.of(new Tdb2Links(objectFirst, subjectFirst, nodes));
    }

    /**
     * The IRIs that are the object of more than {@code limit} distinct (subject, property) pairs, in node id order:
     * every resource more than {@code limit} IRIs link to, and perhaps others whose subjects include blank nodes.
     * One scan of {@code OSPG}; only those objects are decoded.
     */
    public List<Node> objectsOfMoreThan(long limit) {
        List<Node> objects = new ArrayList<>();
        NodeId object = null;
        NodeId subject = null;
        NodeId property = null;
        long links = 0;
        for (Iterator<Tuple<NodeId>> quads = objectFirst.all(); quads.hasNext(); ) {
            Tuple<NodeId> quad = quads.next();
            NodeId o = quad.get(OBJECT);
            if (!same(o, object)) {
                if (links > limit) addIri(objects, object);
                object = o;
                subject = null;
                links = 0;
            }
            NodeId s = quad.get(SUBJECT);
            NodeId p = quad.get(PREDICATE);
            if (s.equals(subject) && p.equals(property)) continue;
            subject = s;
            property = p;
            links++;
        }
        if (links > limit) addIri(objects, object);
        return objects;
    }

    /** Each distinct link to {@code object} from an IRI, as its subject and property, in node id order. */
    public void forEachLinkTo(Node object, BiConsumer<Node, Node> link) {
        NodeId objectId = nodes.getNodeIdForNode(object);
        if (NodeId.isDoesNotExist(objectId)) return;
        Map<NodeId, Node> properties = new HashMap<>();
        NodeId subject = null;
        NodeId property = null;
        Node subjectNode = null;
        Iterator<Tuple<NodeId>> quads =
            objectFirst.find(TupleFactory.create4(NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny, objectId));
        while (quads.hasNext()) {
            Tuple<NodeId> quad = quads.next();
            NodeId s = quad.get(SUBJECT);
            NodeId p = quad.get(PREDICATE);
            if (!s.equals(subject)) {
                subject = s;
                subjectNode = nodes.getNodeForNodeId(s);
            } else if (p.equals(property)) {
                continue;
            }
            property = p;
            if (subjectNode.isURI()) link.accept(subjectNode, property(properties, p));
        }
    }

    /**
     * Each link from an IRI with a fragment ({@code <…#startDate>}) to an IRI, once per graph that holds it. One scan
     * of {@code SPOG} that decodes each subject once, and the properties and objects of those subjects only.
     */
    public void forEachLinkFromFragment(Link link) {
        Map<NodeId, Node> properties = new HashMap<>();
        NodeId subject = null;
        Node subjectNode = null;
        for (Iterator<Tuple<NodeId>> quads = subjectFirst.all(); quads.hasNext(); ) {
            Tuple<NodeId> quad = quads.next();
            NodeId s = quad.get(SUBJECT);
            if (!s.equals(subject)) {
                subject = s;
                Node decoded = nodes.getNodeForNodeId(s);
                subjectNode = decoded.isURI() && decoded.getURI().indexOf('#') >= 0 ? decoded : null;
            }
            if (subjectNode == null || quad.get(OBJECT).isInline()) continue;
            Node object = nodes.getNodeForNodeId(quad.get(OBJECT));
            if (object.isURI()) link.accept(subjectNode, property(properties, quad.get(PREDICATE)), object);
        }
    }

    private Node property(Map<NodeId, Node> kept, NodeId id) {
        Node known = kept.get(id);
        if (known != null) return known;
        Node property = nodes.getNodeForNodeId(id);
        if (kept.size() < KEPT_PROPERTIES) kept.put(id, property);
        return property;
    }

    /** Node ids of inline values of different types (an integer, a date) can be equal; their types tell them apart. */
    private static boolean same(NodeId id, NodeId other) {
        return id.equals(other) && id.type() == other.type();
    }

    private void addIri(List<Node> objects, NodeId id) {
        if (id.isInline()) return;
        Node node = nodes.getNodeForNodeId(id);
        if (node.isURI()) objects.add(node);
    }
}
