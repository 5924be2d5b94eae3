package org.pyconfgraph.publish.html;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.apache.jena.sparql.system.SerializationFactoryFinder;
import org.apache.jena.sparql.util.NodeCmp;
import org.pyconfgraph.format.ExternalSort;
import org.pyconfgraph.release.ReleaseIndex;
import org.pyconfgraph.release.ReleaseIndex.TableRow;
import org.pyconfgraph.store.StoreReader;

/**
 * Writes a {@link CappedListIndex} from a list query (its first projected variable is the member, {@code key} the
 * resource it is bound to), in memory bounded by the setting of {@link ExternalSort}, whatever the number of
 * members: every row of the query's pattern with the key unbound goes through a spilling bag sorted by key and
 * member, where each member's rows are folded by the query's own aggregates (as its GROUP BY does); the folded
 * members go through a second bag sorted by key, then by the query's ORDER BY (then by member, for ties), so that a
 * resource's first members are the ones the query gives. Only resources with more members than its LIMIT are
 * written.
 */
final class CappedListIndexWriter {
    private CappedListIndexWriter() {}

    /** A listed resource as the table lists it. */
    static void write(StoreReader reader, Query list, Var key, Path file) throws IOException {
        Var member = list.getProjectVars().get(0);
        long cap = list.getLimit();
        Map<Var, ExprAggregator> aggregates = aggregates(list, member);
        Query rows = new Query();
        rows.setPrefixMapping(list.getPrefixMapping());
        rows.setQuerySelectType();
        rows.setQueryPattern(list.getQueryPattern());
        rows.setQueryResultStar(true);
        Comparator<Binding> byMember = Comparator.comparing((Binding row) -> row.get(key), NodeCmp::compareRDFTerms)
            .thenComparing(row -> row.get(member), NodeCmp::compareRDFTerms);
        Comparator<Binding> inOrder = Comparator.comparing((Binding row) -> row.get(key), NodeCmp::compareRDFTerms)
            .thenComparing(new BindingComparator(list.getOrderBy()))
            .thenComparing(row -> row.get(member), NodeCmp::compareRDFTerms);
        SortedDataBag<Binding> unfolded = bag(byMember);
        SortedDataBag<Binding> folded = bag(inOrder);
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            reader.forEachRow(rows, BindingFactory.empty(), row -> {
                if (row.get(key) != null && row.get(key).isURI() && row.get(member) != null) unfolded.add(row);
            });
            fold(unfolded, key, member, aggregates, folded);
            DataOutputStream out = new DataOutputStream(stream);
            out.writeLong(CappedListIndex.MAGIC);
            long position = 8;
            List<TableRow> listed = new ArrayList<>();
            List<Node> first = new ArrayList<>();
            Node resource = null;
            long count = 0;
            for (Binding row : folded) {
                if (!row.get(key).equals(resource)) {
                    if (count > cap) position += record(out, position, resource, count, first, listed);
                    resource = row.get(key);
                    count = 0;
                    first.clear();
                }
                if (++count <= cap) first.add(row.get(member));
            }
            if (count > cap) position += record(out, position, resource, count, first, listed);
            long table = position;
            ReleaseIndex.writeTable(out, listed);
            out.writeLong(table);
            out.flush();
        } finally {
            unfolded.close();
            folded.close();
        }
    }

    /** The query's projected aggregates by their variable: every projected expression must be one. */
    private static Map<Var, ExprAggregator> aggregates(Query list, Var member) {
        Map<Var, ExprAggregator> aggregates = new LinkedHashMap<>();
        for (Var var : list.getProjectVars()) {
            Expr expr = list.getProject().getExpr(var);
            if (expr instanceof ExprAggregator aggregate) aggregates.put(var, aggregate);
            else if (expr != null || !var.equals(member))
                throw new IllegalArgumentException("a list query projects its member and aggregates only: " + var);
        }
        return aggregates;
    }

    /** Each (key, member)'s rows as one binding of the key, the member and the aggregates' values, into {@code to}. */
    private static void fold(SortedDataBag<Binding> rows, Var key, Var member, Map<Var, ExprAggregator> aggregates,
                             SortedDataBag<Binding> to) {
        Binding current = null;
        Map<Var, Accumulator> accumulators = new LinkedHashMap<>();
        FunctionEnvBase env = new FunctionEnvBase();
        for (Binding row : rows) {
            if (current == null || !row.get(key).equals(current.get(key)) || !row.get(member).equals(current.get(member))) {
                if (current != null) to.add(folded(current, key, member, accumulators));
                current = row;
                accumulators.clear();
                aggregates.forEach((var, aggregate) -> accumulators.put(var, aggregate.getAggregator().createAccumulator()));
            }
            Binding each = row;
            accumulators.values().forEach(accumulator -> accumulator.accumulate(each, env));
        }
        if (current != null) to.add(folded(current, key, member, accumulators));
    }

    private static Binding folded(Binding row, Var key, Var member, Map<Var, Accumulator> accumulators) {
        BindingBuilder builder = BindingFactory.builder().add(key, row.get(key)).add(member, row.get(member));
        accumulators.forEach((var, accumulator) -> {
            NodeValue value = accumulator.getValue();
            if (value != null) builder.add(var, value.asNode());
        });
        return builder.build();
    }

    /** Writes a resource's first members at {@code start}, lists it, and gives the record's length. */
    private static int record(DataOutputStream out, long start, Node resource, long count, List<Node> first,
                              List<TableRow> listed) throws IOException {
        // A member that is no IRI cannot be given to the page's query: such a resource keeps its query.
        if (!first.stream().allMatch(Node::isURI)) return 0;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream record = new DataOutputStream(bytes);
        record.writeInt(first.size());
        for (Node member : first) ReleaseIndex.writeText(record, member.getURI());
        bytes.writeTo(out);
        listed.add(new TableRow(resource.getURI(), count, start));
        return bytes.size();
    }

    private static SortedDataBag<Binding> bag(Comparator<Binding> order) {
        return ExternalSort.sorted(SerializationFactoryFinder.bindingSerializationFactory(), order,
            ExternalSort.Runs.fromSetting());
    }

}
