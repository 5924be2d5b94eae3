package org.pyconfgraph.format;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.DistinctDataBag;
import org.apache.jena.atlas.data.SerializationFactory;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.atlas.data.ThresholdPolicyCount;
import org.apache.jena.atlas.lib.Sink;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * The sorts of a build whose input grows with the data (the dumps' subjects, the statistics' distinct subjects, the
 * timeline's order): Jena's spilling bags, each holding at most {@value #DEFAULT_RUN_ITEMS} items in the heap
 * (the system property {@value #RUN_PROPERTY} sets another number) and writing each further sorted run to a
 * temporary file, merged at every listing. Close a bag to delete its files.
 */
public final class ExternalSort {
    public static final String RUN_PROPERTY = "pyconfgraph.sortRunItems";
    static final long DEFAULT_RUN_ITEMS = 200_000;

    /** Nodes in a run file: IRIs and blank nodes by their label (as a database holds them), others in N-Triples. */
    public static final SerializationFactory<Node> NODES = form(ExternalSort::writeNode, ExternalSort::readNode);

    private static final AtomicLong SPILLED = new AtomicLong();

    private ExternalSort() {}

    /** How many runs every bag of this process has written to files so far: what a test sees spill. */
    public static long spilledRuns() { return SPILLED.get(); }

    /** The items a bag holds in the heap before it writes them to a file: the setting, or its default. */
    public static long runItems() { return Long.getLong(RUN_PROPERTY, DEFAULT_RUN_ITEMS); }

    public static <T> SortedDataBag<T> sorted(SerializationFactory<T> form, Comparator<T> order, Runs<T> runs) {
        return BagFactory.newSortedBag(runs, form, order);
    }

    public static <T> DistinctDataBag<T> distinct(SerializationFactory<T> form, Comparator<T> order, Runs<T> runs) {
        return BagFactory.newDistinctBag(runs, form, order);
    }

    /** How to write one item to a run file. */
    public interface Writer<T> {
        void write(DataOutputStream out, T item) throws IOException;
    }

    /** How to read one item back; an {@link EOFException} at the first byte ends the file. */
    public interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** A run file format of binary items. */
    public static <T> SerializationFactory<T> form(Writer<T> writer, Reader<T> reader) {
        return new SerializationFactory<>() {
            @Override
            public Sink<T> createSerializer(OutputStream stream) {
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
                return new Sink<>() {
                    @Override
                    public void send(T item) {
                        try {
                            writer.write(out, item);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    @Override
                    public void flush() {
                        try {
                            out.flush();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    @Override
                    public void close() {
                        try {
                            out.close();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                };
            }

            @Override
            public Iterator<T> createDeserializer(InputStream stream) {
                DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
                return new Iterator<>() {
                    private T next = read();

                    private T read() {
                        try {
                            return reader.read(in);
                        } catch (EOFException end) {
                            return null;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    @Override
                    public boolean hasNext() { return next != null; }

                    @Override
                    public T next() {
                        if (next == null) throw new NoSuchElementException();
                        T item = next;
                        next = read();
                        return item;
                    }
                };
            }
        };
    }

    static void writeNode(DataOutputStream out, Node node) throws IOException {
        if (node.isURI()) {
            out.writeByte(0);
            writeText(out, node.getURI());
        } else if (node.isBlank()) {
            out.writeByte(1);
            writeText(out, node.getBlankNodeLabel());
        } else {
            out.writeByte(2);
            writeText(out, NodeFmtLib.strNT(node));
        }
    }

    static Node readNode(DataInputStream in) throws IOException {
        int kind = in.readByte();
        String text = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
        return switch (kind) {
            case 0 -> NodeFactory.createURI(text);
            case 1 -> NodeFactory.createBlankNode(text);
            default -> NodeFactoryExtra.parseNode(text);
        };
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** A bag's bound: Jena's count of items in the heap, which also counts the runs the bag wrote to files. */
    public static final class Runs<T> extends ThresholdPolicyCount<T> {
        private int spilled;

        public Runs(long items) {
            super(items);
        }

        /** The bound the setting gives. */
        public static <T> Runs<T> fromSetting() { return new Runs<>(runItems()); }

        /** Called by a bag when it has written its items to a file. */
        @Override
        public void reset() {
            super.reset();
            spilled++;
            SPILLED.incrementAndGet();
        }

        /** How many runs went to files. */
        public int spilled() { return spilled; }
    }
}
