package org.pyconfgraph.publish.pages;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.atlas.data.DistinctDataBag;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.system.SerializationFactoryFinder;
import org.apache.jena.sparql.util.NodeCmp;
import org.pyconfgraph.format.ExternalSort;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.pages.PageQuery.Row;
import org.pyconfgraph.publish.pages.TimelineIndex.Entry;
import org.pyconfgraph.store.StoreReader;

/**
 * Writes a {@link TimelineIndex} in memory bounded by the setting of {@link ExternalSort}, whatever the number of
 * events: the events (and series) are listed once each through a spilling distinct bag, their rows of
 * {@code timeline-events.rq} ({@code timeline-series.rq}) asked a batch of them at a time, and the rows sorted by
 * the query's own ORDER BY in a spilling sorted bag, so that the order is exactly the one the query gives.
 */
final class TimelineIndexWriter {
    /** Events (series) whose rows one query asks for: the groups it holds at once. */
    private static final int BATCH = 500;
    private static final int HEADER = 8 + 3 * 8;
    private static final List<String> SERIES = List.of("series", "editions");

    private TimelineIndexWriter() {}

    static void write(StoreReader reader, IriSpace iris, Path file, long magic) throws IOException {
        PageQuery events = PageQuery.load("timeline-events", iris);
        PageQuery series = PageQuery.load("timeline-series", iris);
        try (Table byDate = new Table(events.query(), queryOrder(events.query()), List.of("event"),
                 row -> new Entry(row.iri("event"), 0));
             Table byLabel = new Table(series.query(), queryOrder(series.query()), SERIES, TimelineIndexWriter::series);
             Table byIri = new Table(series.query(), Comparator.comparing(row -> row.get(Var.alloc("series")).getURI()),
                 SERIES, TimelineIndexWriter::series)) {
            inBatches(reader, PageQuery.load("timeline-event-list", iris), "event", events, byDate::add);
            inBatches(reader, PageQuery.load("timeline-series-list", iris), "series", series, row -> {
                if (new Row(row).iri("series") == null) return;
                byLabel.add(row);
                byIri.add(row);
            });
            List<Table> tables = List.of(byDate, byLabel, byIri);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                DataOutputStream data = new DataOutputStream(out);
                data.writeLong(magic);
                long start = HEADER;
                for (Table table : tables) {
                    data.writeLong(start);
                    start += table.length();
                }
                for (Table table : tables) table.write(data);
                data.flush();
            }
        }
    }

    private static Entry series(Row row) {
        return new Entry(row.iri("series"), Long.parseLong(row.text("editions")));
    }

    /** The query's ORDER BY, which must read only variables the query returns. */
    private static Comparator<Binding> queryOrder(Query query) {
        List<SortCondition> conditions = query.getOrderBy();
        for (SortCondition condition : conditions)
            if (!query.getProjectVars().containsAll(condition.getExpression().getVarsMentioned()))
                throw new IllegalStateException("ORDER BY reads a variable the query does not return: " + condition);
        return new BindingComparator(conditions);
    }

    /**
     * Lists the distinct values of {@code variable} that {@code list} gives, then hands on the rows of
     * {@code rows} for a batch of them at a time.
     */
    private static void inBatches(StoreReader reader, PageQuery list, String variable, PageQuery rows,
                                  Consumer<Binding> each) {
        Var var = Var.alloc(variable);
        DistinctDataBag<Node> nodes = ExternalSort.distinct(ExternalSort.NODES, NodeCmp::compareRDFTerms,
            ExternalSort.Runs.fromSetting());
        try {
            reader.forEachRow(list.query(), BindingFactory.empty(), row -> nodes.add(row.get(var)));
            List<Node> batch = new ArrayList<>(BATCH);
            for (Node node : nodes) {
                batch.add(node);
                if (batch.size() == BATCH) {
                    rows.select(reader, variable, batch).forEach(row -> each.accept(row.binding()));
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) rows.select(reader, variable, batch).forEach(row -> each.accept(row.binding()));
        } finally {
            nodes.close();
        }
    }

    /**
     * One table of the index: its rows (only the variables its order and its entries read) in a spilling sorted
     * bag, with how many there are and the bytes of their IRIs, so that its length is known before it is written.
     * Its layout is {@link TimelineIndex}'s.
     */
    private static final class Table implements AutoCloseable {
        private final SortedDataBag<Binding> rows;
        private final Set<Var> kept = new LinkedHashSet<>();
        private final Function<Row, Entry> entry;
        private long size;
        private long textBytes;

        Table(Query query, Comparator<Binding> order, List<String> entryVariables, Function<Row, Entry> entry) {
            this.rows = ExternalSort.sorted(SerializationFactoryFinder.bindingSerializationFactory(), order,
                ExternalSort.Runs.fromSetting());
            query.getOrderBy().forEach(c -> kept.addAll(c.getExpression().getVarsMentioned()));
            entryVariables.forEach(name -> kept.add(Var.alloc(name)));
            this.entry = entry;
        }

        void add(Binding row) {
            BindingBuilder projected = BindingFactory.builder();
            for (Var var : kept) if (row.get(var) != null) projected.add(var, row.get(var));
            rows.add(projected.build());
            size++;
            textBytes += bytes(entry.apply(new Row(row))).length;
        }

        long length() { return 8 + (size + 1) * 8 + size * 8 + textBytes; }

        /** The count, the offsets, the numbers, then the IRIs: three listings of the sorted rows. */
        void write(DataOutputStream data) throws IOException {
            data.writeLong(size);
            long offset = 0;
            data.writeLong(offset);
            for (Binding row : rows) data.writeLong(offset += bytes(entry.apply(new Row(row))).length);
            for (Binding row : rows) data.writeLong(entry.apply(new Row(row)).number());
            for (Binding row : rows) data.write(bytes(entry.apply(new Row(row))));
        }

        private static byte[] bytes(Entry entry) { return entry.iri().getBytes(StandardCharsets.UTF_8); }

        @Override
        public void close() { rows.close(); }
    }
}
