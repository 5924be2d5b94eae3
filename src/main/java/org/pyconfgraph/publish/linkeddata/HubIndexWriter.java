package org.pyconfgraph.publish.linkeddata;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.system.SerializationFactoryFinder;
import org.pyconfgraph.format.ExternalSort;
import org.pyconfgraph.publish.QueryFiles;
import org.pyconfgraph.release.ReleaseIndex;
import org.pyconfgraph.release.ReleaseIndex.TableRow;
import org.pyconfgraph.store.StoreReader;
import org.pyconfgraph.store.Tdb2Links;

/**
 * Writes a {@link HubIndex} in memory bounded by the setting of {@link ExternalSort}, whatever the number of links.
 * From a TDB2 store, the hubs are found by counting each object's links in its object-first index, by node id
 * ({@link Tdb2Links}); only the hubs' links are decoded, each hub's first ones kept in a heap of LIMIT links, and the
 * hash IRIs' links are one more scan. From any other store, every link between two IRIs ({@code hub-links.rq})
 * goes through a spilling sorted bag, by topic, then by {@code incoming.rq}'s own ORDER BY. Either way a hub's first
 * links are exactly the ones that query gives, and the file is the same bytes. Only the hubs' records and table
 * entries are written; the table is held until the end (one entry per hub).
 */
final class HubIndexWriter {
    private static final Var SUBJECT = Var.alloc("s");
    private static final Var PROPERTY = Var.alloc("p");
    private static final Var TOPIC = Var.alloc("topic");

    private final DataOutputStream out;
    private final long cap;
    /** The order of a topic's links: incoming.rq's ORDER BY. */
    private final Comparator<Binding> linkOrder;
    private final List<TableRow> hubs = new ArrayList<>();
    private long position;

    private HubIndexWriter(DataOutputStream out, Query incoming) {
        this.out = out;
        this.cap = incoming.getLimit();
        this.linkOrder = new BindingComparator(incoming.getOrderBy());
    }

    /** A hub as the table lists it. */
    static void write(StoreReader reader, Path file, long magic) throws IOException {
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeLong(magic);
            HubIndexWriter writer = new HubIndexWriter(out, QueryFiles.load(HubIndexWriter.class, "incoming.rq"));
            writer.position = 8;
            Optional<Tdb2Links> links = reader.tdb2Links();
            Set<String> partLinks = links.isPresent() ? writer.counted(links.get()) : writer.sorted(reader);
            writer.table(partLinks);
            out.flush();
        }
    }

    /** The hubs from a TDB2 store's counts, in IRI order, and the properties linking hash IRIs to their resource. */
    private Set<String> counted(Tdb2Links links) throws IOException {
        List<Node> candidates = new ArrayList<>(links.objectsOfMoreThan(cap));
        candidates.sort(Comparator.comparing(Node::getURI));
        for (Node topic : candidates) {
            // The first links, kept with the last of them in order at the head; a link is listed once however
            // many graphs hold it, as in the union default graph.
            PriorityQueue<Binding> first = new PriorityQueue<>(linkOrder.reversed());
            long[] count = {0};
            links.forEachLinkTo(topic, (subject, property) -> {
                count[0]++;
                Binding link = BindingFactory.binding(SUBJECT, subject, PROPERTY, property);
                if (first.size() < cap) first.add(link);
                else if (linkOrder.compare(link, first.peek()) < 0) {
                    first.poll();
                    first.add(link);
                }
            });
            if (count[0] <= cap) continue;
            List<Binding> inOrder = new ArrayList<>(first);
            inOrder.sort(linkOrder);
            record(topic, count[0], inOrder);
        }
        Set<String> partLinks = new TreeSet<>();
        links.forEachLinkFromFragment((subject, property, object) -> {
            if (subject.getURI().startsWith(object.getURI() + "#")) partLinks.add(property.getURI());
        });
        return partLinks;
    }

    /** The hubs from every link, sorted by topic, and the properties linking hash IRIs to their resource. */
    private Set<String> sorted(StoreReader reader) throws IOException {
        Comparator<Binding> order = Comparator.comparing((Binding link) -> link.get(TOPIC).getURI())
            .thenComparing(linkOrder);
        SortedDataBag<Binding> links = ExternalSort.sorted(SerializationFactoryFinder.bindingSerializationFactory(),
            order, ExternalSort.Runs.fromSetting());
        try {
            reader.forEachRow(QueryFiles.load(HubIndexWriter.class, "hub-links.rq"), BindingFactory.empty(),
                link -> links.add(BindingFactory.binding(SUBJECT, link.get(SUBJECT), PROPERTY, link.get(PROPERTY),
                    TOPIC, link.get(TOPIC))));
            Set<String> partLinks = new TreeSet<>();
            List<Binding> first = new ArrayList<>();
            Node topic = null;
            Binding previous = null;
            long count = 0;
            for (Binding link : links) {
                // A link held in two graphs is one link, as in the union default graph.
                if (previous != null && order.compare(previous, link) == 0) continue;
                previous = link;
                if (!link.get(TOPIC).equals(topic)) {
                    if (count > cap) record(topic, count, first);
                    topic = link.get(TOPIC);
                    count = 0;
                    first.clear();
                }
                if (++count <= cap) first.add(link);
                if (link.get(SUBJECT).getURI().startsWith(topic.getURI() + "#"))
                    partLinks.add(link.get(PROPERTY).getURI());
            }
            if (count > cap) record(topic, count, first);
            return partLinks;
        } finally {
            links.close();
        }
    }

    /** Writes a hub's first links at the current position and lists the hub in the table. */
    private void record(Node topic, long count, List<Binding> first) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream record = new DataOutputStream(bytes);
        record.writeInt(first.size());
        for (Binding link : first) {
            ReleaseIndex.writeText(record, link.get(PROPERTY).getURI());
            ReleaseIndex.writeText(record, link.get(SUBJECT).getURI());
        }
        bytes.writeTo(out);
        hubs.add(new TableRow(topic.getURI(), count, position));
        position += bytes.size();
    }

    /** The properties, the hubs, and where this table starts. */
    private void table(Set<String> partLinks) throws IOException {
        long table = position;
        out.writeInt(partLinks.size());
        for (String property : partLinks) ReleaseIndex.writeText(out, property);
        ReleaseIndex.writeTable(out, hubs);
        out.writeLong(table);
    }

}
