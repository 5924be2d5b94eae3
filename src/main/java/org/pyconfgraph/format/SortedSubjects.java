package org.pyconfgraph.format;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.Iterator;

import org.apache.jena.atlas.data.SerializationFactory;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.pyconfgraph.format.GraphSubjects.Subject;

/**
 * The subjects of a graph in an order, listed as often as a writer needs, with memory bounded by the setting of
 * {@link ExternalSort} rather than by the graph: Jena's sorted bag keeps that many subjects in the heap and writes
 * each further sorted run, with the subjects' TDB2 node ids, to a temporary file that every listing merges. A
 * graph of fewer subjects than that is sorted in memory and writes no file.
 */
final class SortedSubjects implements Iterable<Subject>, AutoCloseable {
    private static final SerializationFactory<Subject> FORM =
        ExternalSort.form(SortedSubjects::write, SortedSubjects::read);

    private final SortedDataBag<Subject> bag;
    private final ExternalSort.Runs<Subject> runs;

    private SortedSubjects(SortedDataBag<Subject> bag, ExternalSort.Runs<Subject> runs) {
        this.bag = bag;
        this.runs = runs;
    }

    static SortedSubjects sort(Iterator<Subject> subjects, Comparator<Subject> order) {
        return sort(subjects, order, ExternalSort.runItems());
    }

    static SortedSubjects sort(Iterator<Subject> subjects, Comparator<Subject> order, long runItems) {
        ExternalSort.Runs<Subject> runs = new ExternalSort.Runs<>(runItems);
        SortedSubjects sorted = new SortedSubjects(ExternalSort.sorted(FORM, order, runs), runs);
        try {
            subjects.forEachRemaining(sorted.bag::add);
            return sorted;
        } catch (RuntimeException e) {
            sorted.close();
            throw e;
        }
    }

    /** Every subject once, in order. */
    @Override
    public Iterator<Subject> iterator() { return bag.iterator(); }

    /** Deletes the run files, and closes the listings that still read them. */
    @Override
    public void close() { bag.close(); }

    /** Whether any run went to a file (for tests). */
    boolean spilled() { return runs.spilled() > 0; }

    private static void write(DataOutputStream out, Subject subject) throws IOException {
        ExternalSort.writeNode(out, subject.node());
        out.writeBoolean(subject.id() != null);
        if (subject.id() != null) {
            byte[] id = new byte[NodeId.SIZE];
            NodeIdFactory.set(subject.id(), id);
            out.write(id);
        }
    }

    private static Subject read(DataInputStream in) throws IOException {
        var node = ExternalSort.readNode(in);
        NodeId id = null;
        if (in.readBoolean()) {
            byte[] bytes = new byte[NodeId.SIZE];
            in.readFully(bytes);
            id = NodeIdFactory.get(bytes);
        }
        return new Subject(node, id);
    }
}
