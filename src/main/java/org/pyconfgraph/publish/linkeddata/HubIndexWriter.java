package org.pyconfgraph.publish.linkeddata;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import org.pyconfgraph.store.StoreReader;

/**
 * Writes a {@link HubIndex} in memory bounded by the setting of {@link ExternalSort}, whatever the number of links:
 * every link between two IRIs ({@code hub-links.rq}) goes through a spilling sorted bag, by topic, then by
 * {@code incoming.rq}'s own ORDER BY, so that a hub's first links are exactly the ones that query gives. Only the
 * hubs' records and table entries are written; the table is held until the end (one entry per hub).
 */
final class HubIndexWriter {
    private static final Var SUBJECT = Var.alloc("s");
    private static final Var PROPERTY = Var.alloc("p");
    private static final Var TOPIC = Var.alloc("topic");

    private HubIndexWriter() {}

    /** A hub as the table lists it. */
    private record Hub(String iri, long links, long start) {}

    static void write(StoreReader reader, Path file, long magic) throws IOException {
        Query incoming = QueryFiles.load(HubIndexWriter.class, "incoming.rq");
        long cap = incoming.getLimit();
        Comparator<Binding> order = Comparator.comparing((Binding link) -> link.get(TOPIC).getURI())
            .thenComparing(new BindingComparator(incoming.getOrderBy()));
        SortedDataBag<Binding> links = ExternalSort.sorted(SerializationFactoryFinder.bindingSerializationFactory(),
            order, ExternalSort.Runs.fromSetting());
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            reader.forEachRow(QueryFiles.load(HubIndexWriter.class, "hub-links.rq"), BindingFactory.empty(),
                link -> links.add(BindingFactory.binding(SUBJECT, link.get(SUBJECT), PROPERTY, link.get(PROPERTY),
                    TOPIC, link.get(TOPIC))));
            DataOutputStream out = new DataOutputStream(stream);
            out.writeLong(magic);
            long position = 8;
            Set<String> partLinks = new TreeSet<>();
            List<Hub> hubs = new ArrayList<>();
            List<Binding> first = new ArrayList<>();
            Node topic = null;
            Binding previous = null;
            long count = 0;
            for (Binding link : links) {
                // A link held in two graphs is one link, as in the union default graph.
                if (previous != null && order.compare(previous, link) == 0) continue;
                previous = link;
                if (!link.get(TOPIC).equals(topic)) {
                    if (count > cap) position += record(out, position, topic, count, first, hubs);
                    topic = link.get(TOPIC);
                    count = 0;
                    first.clear();
                }
                if (++count <= cap) first.add(link);
                if (link.get(SUBJECT).getURI().startsWith(topic.getURI() + "#"))
                    partLinks.add(link.get(PROPERTY).getURI());
            }
            if (count > cap) position += record(out, position, topic, count, first, hubs);
            long table = position;
            out.writeInt(partLinks.size());
            for (String property : partLinks) text(out, property);
            out.writeInt(hubs.size());
            for (Hub hub : hubs) {
                text(out, hub.iri());
                out.writeLong(hub.links());
                out.writeLong(hub.start());
            }
            out.writeLong(table);
            out.flush();
        } finally {
            links.close();
        }
    }

    /** Writes a hub's first links at {@code start}, lists the hub in {@code hubs}, and gives the record's length. */
    private static int record(DataOutputStream out, long start, Node topic, long count, List<Binding> first,
                              List<Hub> hubs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream record = new DataOutputStream(bytes);
        record.writeInt(first.size());
        for (Binding link : first) {
            text(record, link.get(PROPERTY).getURI());
            text(record, link.get(SUBJECT).getURI());
        }
        bytes.writeTo(out);
        hubs.add(new Hub(topic.getURI(), count, start));
        return bytes.size();
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
