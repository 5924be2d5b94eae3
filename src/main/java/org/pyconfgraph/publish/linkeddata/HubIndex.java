package org.pyconfgraph.publish.linkeddata;

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
import org.apache.jena.graph.Triple;
import org.pyconfgraph.load.LoadException;
import org.pyconfgraph.release.ReleaseIndex;
import org.pyconfgraph.release.ReleaseIndex.Listed;
import org.pyconfgraph.store.StoreReader;
import org.pyconfgraph.store.Tdb2ReleaseIndex;

/**
 * The hubs of a release, made once so that no document reads all the links to its topic: each resource that more
 * IRIs link to than {@code incoming.rq}'s LIMIT (a class every event is typed with, a country of many cities) with
 * its first links in that query's order, and the properties by which a hash IRI links to its own resource
 * ({@code <…#startDate> rdf:subject <…>}), with which {@link TopicDescription} finds such hash IRIs by index lookups.
 * A resource not listed has at most LIMIT links, so {@code incoming.rq} reads at most that many for it.
 * <p>
 * A file of the records (each hub's links: a count, then each link's property and subject), then the table (the
 * properties, then each hub's IRI, how many links it has and where its record starts), then where the table starts.
 * Strings are a length and UTF-8. The table is read once, at open (one entry per hub: at most one per LIMIT links of
 * the release); a hub's links are one positioned read. {@code build --out} writes it into the release folder
 * ({@value #FILE}); a release without one has it computed once, on its first document.
 */
public final class HubIndex {
    public static final String FILE = "hubs.idx";
    private static final long MAGIC = 0x5043474855425331L; // "PCGHUBS1"

    /** The index as {@code build --out} writes it, from the release's TDB2 database. */
    public static final ReleaseIndex RELEASE_INDEX =
        new Tdb2ReleaseIndex(FILE, (reader, iris, file) -> write(reader, file));

    private final Path file;
    private final List<Node> partLinks;
    private final Map<String, Listed> hubs;

    private HubIndex(Path file, List<Node> partLinks, Map<String, Listed> hubs) {
        this.file = file;
        this.partLinks = partLinks;
        this.hubs = hubs;
    }

    /**
     * Reads the links between IRIs, in the caller's read of the store, and writes the index to {@code file}
     * ({@link HubIndexWriter}): the one cost that grows with the store, paid once per release.
     */
    public static void write(StoreReader reader, Path file) throws IOException {
        HubIndexWriter.write(reader, file, MAGIC);
    }

    /** Opens an index file: reads its table. */
    public static HubIndex open(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ReleaseIndex.Table table = ReleaseIndex.table(channel, MAGIC)
                .orElseThrow(() -> new LoadException(file + ": not a hub index"));
            DataInputStream in = table.in();
            List<Node> partLinks = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) partLinks.add(NodeFactory.createURI(ReleaseIndex.readText(in)));
            Map<String, Listed> hubs = ReleaseIndex.readTable(in, table.start());
            return new HubIndex(file, List.copyOf(partLinks), hubs);
        } catch (IOException | RuntimeException e) {
            if (e instanceof LoadException) throw (LoadException) e;
            throw new LoadException(file + ": unreadable hub index: " + e.getMessage());
        }
    }

    /** The properties by which some hash IRI links to its own resource, in IRI order. */
    public List<Node> partLinks() { return partLinks; }

    /** How many IRIs link to {@code topic}, if it is a hub. */
    public Optional<Long> links(Node topic) {
        return Optional.ofNullable(hubs.get(topic.getURI())).map(Listed::total);
    }

    /** The first links to {@code topic} in {@code incoming.rq}'s order, if it is a hub; empty if it is not. */
    public Optional<List<Triple>> incoming(Node topic) {
        Listed hub = topic.isURI() ? hubs.get(topic.getURI()) : null;
        if (hub == null) return Optional.empty();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            DataInputStream in = ReleaseIndex.slice(channel, hub.start(), hub.length());
            int count = in.readInt();
            List<Triple> links = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Node property = NodeFactory.createURI(ReleaseIndex.readText(in));
                links.add(Triple.create(NodeFactory.createURI(ReleaseIndex.readText(in)), property, topic));
            }
            return Optional.of(links);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": unreadable hub index", e);
        }
    }
}
