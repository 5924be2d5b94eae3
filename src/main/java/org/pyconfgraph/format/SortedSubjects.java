package org.pyconfgraph.format;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.pyconfgraph.format.GraphSubjects.Subject;

/**
 * The subjects of a graph in an order, listed as often as a writer needs, with memory bounded by the run size
 * rather than by the graph: subjects are sorted a run at a time, each run beyond the first written to a temporary
 * file, and every listing merges the runs. A graph of fewer subjects than a run is sorted in memory and writes no
 * file. Subjects other than IRIs and blank nodes (which no file encodes) keep every run in memory.
 */
final class SortedSubjects implements Iterable<Subject>, AutoCloseable {
    /**
     * Subjects sorted in memory at once: about 40 MB of IRIs, whatever the size of the graph; the system property
     * {@value #RUN_PROPERTY} sets another number.
     */
    static final String RUN_PROPERTY = "pyconfgraph.dumps.sortRunSubjects";
    static final int RUN_SUBJECTS = Integer.getInteger(RUN_PROPERTY, 200_000);

    private final Comparator<Subject> order;
    private final List<List<Subject>> memoryRuns = new ArrayList<>();
    private final List<Path> fileRuns = new ArrayList<>();
    /** The file runs being read, closed with this even when a listing stops early. */
    private final List<FileRun> reading = new ArrayList<>();

    private SortedSubjects(Comparator<Subject> order) {
        this.order = order;
    }

    static SortedSubjects sort(Iterator<Subject> subjects, Comparator<Subject> order) {
        return sort(subjects, order, RUN_SUBJECTS);
    }

    static SortedSubjects sort(Iterator<Subject> subjects, Comparator<Subject> order, int runSubjects) {
        SortedSubjects sorted = new SortedSubjects(order);
        try {
            List<Subject> run = new ArrayList<>();
            while (subjects.hasNext()) {
                run.add(subjects.next());
                if (run.size() >= runSubjects) {
                    sorted.addRun(run);
                    run = new ArrayList<>();
                }
            }
            if (!run.isEmpty() || sorted.memoryRuns.isEmpty() && sorted.fileRuns.isEmpty()) sorted.addRun(run);
            return sorted;
        } catch (RuntimeException e) {
            sorted.close();
            throw e;
        }
    }

    private void addRun(List<Subject> run) {
        run.sort(order);
        // The first run stays in memory (a graph of one run writes nothing); so does one that no file can hold.
        if (memoryRuns.isEmpty() || !run.stream().allMatch(s -> s.node().isURI() || s.node().isBlank())) {
            memoryRuns.add(run);
            return;
        }
        try {
            Path file = Files.createTempFile("pyconf-graph-subjects", ".run");
            fileRuns.add(file);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                byte[] id = new byte[NodeId.SIZE];
                for (Subject subject : run) {
                    Node node = subject.node();
                    out.writeBoolean(node.isURI());
                    byte[] label = (node.isURI() ? node.getURI() : node.getBlankNodeLabel()).getBytes(StandardCharsets.UTF_8);
                    out.writeInt(label.length);
                    out.write(label);
                    out.writeBoolean(subject.id() != null);
                    if (subject.id() != null) {
                        NodeIdFactory.set(subject.id(), id);
                        out.write(id);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every subject once, in order. */
    @Override
    public Iterator<Subject> iterator() {
        if (memoryRuns.size() == 1 && fileRuns.isEmpty()) return memoryRuns.get(0).iterator();
        List<Iterator<Subject>> runs = new ArrayList<>();
        memoryRuns.forEach(run -> runs.add(run.iterator()));
        for (Path file : fileRuns) {
            FileRun run = new FileRun(file);
            reading.add(run);
            runs.add(run);
        }
        return new Merge(runs, order);
    }

    /** Deletes the run files. */
    @Override
    public void close() {
        reading.forEach(FileRun::close);
        reading.clear();
        for (Path file : fileRuns) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file: the system cleans what remains
            }
        }
    }

    /** Whether any run went to a file (for tests). */
    boolean spilled() { return !fileRuns.isEmpty(); }

    /** The least head of the runs, repeatedly. */
    private static final class Merge implements Iterator<Subject> {
        private record Head(Subject subject, Iterator<Subject> run) {}

        private final PriorityQueue<Head> heads;

        Merge(List<Iterator<Subject>> runs, Comparator<Subject> order) {
            heads = new PriorityQueue<>(Math.max(1, runs.size()), (a, b) -> order.compare(a.subject(), b.subject()));
            runs.forEach(this::advance);
        }

        private void advance(Iterator<Subject> run) {
            if (run.hasNext()) heads.add(new Head(run.next(), run));
        }

        @Override
        public boolean hasNext() { return !heads.isEmpty(); }

        @Override
        public Subject next() {
            Head head = heads.poll();
            if (head == null) throw new NoSuchElementException();
            advance(head.run());
            return head.subject();
        }
    }

    /** A run read back from its file, closed when read to its end. */
    private static final class FileRun implements Iterator<Subject> {
        private final DataInputStream in;
        private final byte[] id = new byte[NodeId.SIZE];
        private Subject next;

        FileRun(Path file) {
            try {
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            next = read();
        }

        private Subject read() {
            try {
                boolean iri;
                try {
                    iri = in.readBoolean();
                } catch (EOFException end) {
                    close();
                    return null;
                }
                String label = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
                Node node = iri ? NodeFactory.createURI(label) : NodeFactory.createBlankNode(label);
                NodeId nodeId = null;
                if (in.readBoolean()) {
                    in.readFully(id);
                    nodeId = NodeIdFactory.get(id);
                }
                return new Subject(node, nodeId);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() { return next != null; }

        @Override
        public Subject next() {
            if (next == null) throw new NoSuchElementException();
            Subject subject = next;
            next = read();
            return subject;
        }

        void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // read only: nothing is lost
            }
        }
    }
}
