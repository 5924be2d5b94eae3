package org.pyconfgraph.publish.html;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pyconfgraph.load.LoadException;
import org.pyconfgraph.release.ReleaseIndex;
import org.pyconfgraph.release.ReleaseIndex.Listed;

/**
 * The long lists of a page, made once per release so that no page reads all of one: for each resource with more
 * members than a list query's LIMIT (a source cited by thousands of statements, a series of many editions), its
 * first members in that query's order and how many it has ({@link CappedListIndexWriter}). A resource not listed
 * has at most LIMIT members, so the query itself reads at most that many for it.
 * <p>
 * A file of the records (each resource's first members: a count, then each member's IRI), then the table (each
 * resource's IRI, how many members it has and where its record starts), then where the table starts. Strings are a
 * length and UTF-8. The table is read once, at open (one entry per LIMIT members at most); a record is one
 * positioned read.
 */
final class CappedListIndex {
    static final long MAGIC = 0x5043474341505331L; // "PCGCAPS1"

    /** A listed resource's first members, in the list query's order, and how many it has in all. */
    record Capped(long total, List<Node> first) {}

    private final Path file;
    private final Map<String, Listed> entries;

    private CappedListIndex(Path file, Map<String, Listed> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Opens an index file: reads its table. */
    static CappedListIndex open(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ReleaseIndex.Table table = ReleaseIndex.table(channel, MAGIC)
                .orElseThrow(() -> new LoadException(file + ": not an index of long lists"));
            return new CappedListIndex(file, ReleaseIndex.readTable(table.in(), table.start()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof LoadException) throw (LoadException) e;
            throw new LoadException(file + ": unreadable index of long lists: " + e.getMessage());
        }
    }

    /** The resource's first members and count, if it has more than the LIMIT; empty if it has not. */
    Optional<Capped> get(Node resource) {
        Listed entry = resource.isURI() ? entries.get(resource.getURI()) : null;
        if (entry == null) return Optional.empty();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            DataInputStream in = ReleaseIndex.slice(channel, entry.start(), entry.length());
            int count = in.readInt();
            List<Node> first = new ArrayList<>(count);
            for (int i = 0; i < count; i++) first.add(NodeFactory.createURI(ReleaseIndex.readText(in)));
            return Optional.of(new Capped(entry.total(), List.copyOf(first)));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": unreadable index of long lists", e);
        }
    }
}
