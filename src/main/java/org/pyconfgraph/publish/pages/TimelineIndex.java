package org.pyconfgraph.publish.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.pyconfgraph.load.LoadException;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.release.ReleaseIndex;
import org.pyconfgraph.store.StoreReader;
import org.pyconfgraph.store.Tdb2ReleaseIndex;

/**
 * The order of the timeline, made once per release so that a page reads its slice instead of sorting the store:
 * the events in the order of {@code timeline-events.rq} (date, undated last, label), the series in the order of
 * {@code timeline-series.rq} (label) with how many editions each has, and the same series by IRI to look one up.
 * <p>
 * A file of three tables, each {@code n}, then {@code n + 1} offsets into its text, {@code n} numbers, then the
 * IRIs in UTF-8, one after another; the header gives where each table starts. Reading entries {@code i} to
 * {@code j} reads their offsets, numbers and text: three positioned reads, whatever the size of the release.
 * {@code build --out} writes it into the release folder ({@value #FILE}); a release without one (built in memory,
 * or by an older build) has it computed once, on its first page.
 */
public final class TimelineIndex {
    public static final String FILE = "timeline.idx";
    private static final long MAGIC = 0x5043475449445831L; // "PCGTIDX1"
    private static final int EVENTS = 0;
    private static final int SERIES_BY_LABEL = 1;
    private static final int SERIES_BY_IRI = 2;
    private static final int HEADER = 8 + 3 * 8;

    /** The index as {@code build --out} writes it, from the release's TDB2 database. */
    public static final ReleaseIndex RELEASE_INDEX = new Tdb2ReleaseIndex(FILE, TimelineIndex::write);

    private final Path file;
    private final long[] tableStarts;
    private final long[] sizes;

    /** An IRI of the index and its number: a series' editions; nothing for an event. */
    public record Entry(String iri, long number) {}

    private TimelineIndex(Path file, long[] tableStarts, long[] sizes) {
        this.file = file;
        this.tableStarts = tableStarts;
        this.sizes = sizes;
    }

    /** Opens an index file: reads its header only. */
    public static TimelineIndex open(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = ReleaseIndex.read(channel, 0, HEADER);
            if (header.getLong() != MAGIC) throw new LoadException(file + ": not a timeline index");
            long[] starts = new long[3];
            long[] sizes = new long[3];
            for (int t = 0; t < 3; t++) starts[t] = header.getLong();
            for (int t = 0; t < 3; t++) sizes[t] = ReleaseIndex.read(channel, starts[t], 8).getLong();
            return new TimelineIndex(file, starts, sizes);
        } catch (IOException e) {
            throw new LoadException(file + ": unreadable timeline index: " + e.getMessage());
        }
    }

    /**
     * Runs the timeline's ordering queries, in the caller's read of the store, and writes their order to
     * {@code file} ({@link TimelineIndexWriter}): the one cost that grows with the store, paid once per release.
     */
    public static void write(StoreReader reader, IriSpace iris, Path file) throws IOException {
        TimelineIndexWriter.write(reader, iris, file, MAGIC);
    }

    /** How many events the timeline holds (tracks included). */
    public long events() { return sizes[EVENTS]; }

    /** How many series there are. */
    public long series() { return sizes[SERIES_BY_LABEL]; }

    /** The IRIs of at most {@code count} events from {@code first} (from 0), in the timeline's order. */
    public List<String> events(long first, int count) {
        return entries(EVENTS, first, count).stream().map(Entry::iri).toList();
    }

    /** At most {@code count} series from {@code first}, in order of label, each with its editions. */
    public List<Entry> series(long first, int count) { return entries(SERIES_BY_LABEL, first, count); }

    /** How many editions the series has, or empty if it is not a series: a binary search of the index. */
    public OptionalLong editions(String series) {
        long low = 0;
        long high = sizes[SERIES_BY_IRI] - 1;
        while (low <= high) {
            long middle = (low + high) >>> 1;
            Entry entry = entries(SERIES_BY_IRI, middle, 1).get(0);
            int order = entry.iri().compareTo(series);
            if (order == 0) return OptionalLong.of(entry.number());
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        return OptionalLong.empty();
    }

    private List<Entry> entries(int table, long first, int count) {
        long size = sizes[table];
        if (first < 0 || first >= size || count <= 0) return List.of();
        int n = (int) Math.min(count, size - first);
        long offsets = tableStarts[table] + 8;
        long numbers = offsets + (size + 1) * 8;
        long texts = numbers + size * 8;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer bounds = ReleaseIndex.read(channel, offsets + first * 8, (n + 1) * 8);
            long[] at = new long[n + 1];
            for (int i = 0; i <= n; i++) at[i] = bounds.getLong();
            ByteBuffer values = ReleaseIndex.read(channel, numbers + first * 8, n * 8);
            byte[] text = ReleaseIndex.read(channel, texts + at[0], Math.toIntExact(at[n] - at[0])).array();
            List<Entry> entries = new ArrayList<>(n);
            for (int i = 0; i < n; i++)
                entries.add(new Entry(new String(text, (int) (at[i] - at[0]), (int) (at[i + 1] - at[i]),
                    StandardCharsets.UTF_8), values.getLong()));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": unreadable timeline index", e);
        }
    }
}
