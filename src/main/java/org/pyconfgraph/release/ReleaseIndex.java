package org.pyconfgraph.release;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pyconfgraph.model.IriSpace;

/**
 * A file that {@code build --out} derives from the loaded database into the release folder ({@code indexes/}) so
 * that a server reads a slice of it instead of sorting or counting the store per request (the timeline's order).
 * Written before the folder is renamed into place, and listed in the manifest with its size.
 */
public interface ReleaseIndex {
    /** The file's name in {@code indexes/}. */
    String file();

    /**
     * Writes the index of the release whose TDB2 database is {@code database} (closed; the index opens it) to
     * {@code file}.
     */
    void write(Path database, IriSpace iris, Path file) throws IOException;

    /** Reads {@code length} bytes of an index file from {@code position}: a server's positioned read of a slice. */
    static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining())
            if (channel.read(buffer, position + buffer.position()) < 0)
                throw new IOException("ends before byte " + (position + length));
        return buffer.flip();
    }

    /** {@code length} bytes of an index file from {@code position}, to read as {@link DataInputStream} reads. */
    static DataInputStream slice(FileChannel channel, long position, int length) throws IOException {
        return new DataInputStream(new ByteArrayInputStream(read(channel, position, length).array()));
    }

    /**
     * The table at the end of an index file that starts with {@code magic} and ends with where its table starts;
     * empty if the file is not such an index.
     */
    static Optional<Table> table(FileChannel channel, long magic) throws IOException {
        long size = channel.size();
        if (size < 16 || read(channel, 0, 8).getLong() != magic) return Optional.empty();
        long start = read(channel, size - 8, 8).getLong();
        return Optional.of(new Table(start, slice(channel, start, Math.toIntExact(size - 8 - start))));
    }

    /** Where an index file's table starts, and its bytes. */
    record Table(long start, DataInputStream in) {}

    /** Where the records of one resource an index lists lie in its file, and how many it has in all. */
    record Listed(long start, int length, long total) {}

    /**
     * Reads the table of the resources an index lists: their count, then for each its IRI, its total and where its
     * records start. Each one's records end where the next one's begin, the last one's where the table starts.
     */
    static Map<String, Listed> readTable(DataInputStream in, long tableStart) throws IOException {
        int count = in.readInt();
        String[] iris = new String[count];
        long[] totals = new long[count];
        long[] starts = new long[count + 1];
        for (int i = 0; i < count; i++) {
            iris[i] = readText(in);
            totals[i] = in.readLong();
            starts[i] = in.readLong();
        }
        starts[count] = tableStart;
        Map<String, Listed> listed = new HashMap<>();
        for (int i = 0; i < count; i++)
            listed.put(iris[i], new Listed(starts[i], Math.toIntExact(starts[i + 1] - starts[i]), totals[i]));
        return listed;
    }

    /** A resource an index lists, as its writer has it: its IRI, its total and where its records start. */
    record TableRow(String iri, long total, long start) {}

    /** Writes the table that {@link #readTable} reads. */
    static void writeTable(DataOutputStream out, List<TableRow> rows) throws IOException {
        out.writeInt(rows.size());
        for (TableRow row : rows) {
            writeText(out, row.iri());
            out.writeLong(row.total());
            out.writeLong(row.start());
        }
    }

    /** Writes a text as {@link #readText} reads it. */
    static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** A text of an index: its length in bytes, then its UTF-8 bytes. */
    static String readText(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
