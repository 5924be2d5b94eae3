package org.pyconfgraph.publish.html;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.QueryFiles;
import org.pyconfgraph.store.GraphStore;

/**
 * The editions of a series in the order they were held: by ordinal when every edition has one (ordinals are
 * unique within a series), otherwise by start date compared as text, which orders the mixed precisions
 * ("1996-06", "1996-11-04", "2003") correctly, undated editions last.
 */
final class SeriesEditions {
    private static final Comparator<String> DATE_TEXT = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<BigInteger> NUMBER = Comparator.nullsLast(Comparator.naturalOrder());

    /** One edition: its IRI, a label if it has one, its ordinal and start date if stated. */
    record Edition(Node iri, String label, BigInteger ordinal, Node start) {
        String dateText() { return start == null ? null : start.getLiteralLexicalForm(); }
    }

    private final Query query;
    private final GraphStore store;

    SeriesEditions(GraphStore store, IriSpace iris) {
        this.store = store;
        this.query = QueryFiles.load(SeriesEditions.class, "series-editions.rq", iris);
    }

    /** The series' editions in the order they were held; empty for a resource that has none. */
    List<Edition> of(Node series) {
        Map<Node, Edition> editions = new LinkedHashMap<>();
        store.read(reader -> reader.select(query, BindingFactory.binding(Var.alloc("series"), series)))
            .forEach(row -> editions.putIfAbsent(row.get("edition"), new Edition(row.get("edition"),
                row.contains("label") ? row.get("label").getLiteralLexicalForm() : null,
                row.contains("ordinal") ? ordinal(row.get("ordinal")) : null,
                row.contains("start") && row.get("start").isLiteral() ? row.get("start") : null)));
        List<Edition> ordered = new ArrayList<>(editions.values());
        boolean allNumbered = ordered.stream().allMatch(e -> e.ordinal() != null);
        Comparator<Edition> byDate = Comparator.comparing(Edition::dateText, DATE_TEXT);
        Comparator<Edition> byOrdinal = Comparator.comparing(Edition::ordinal, NUMBER);
        ordered.sort((allNumbered ? byOrdinal.thenComparing(byDate) : byDate.thenComparing(byOrdinal))
            .thenComparing(e -> e.iri().toString()));
        return ordered;
    }

    private static BigInteger ordinal(Node node) {
        try {
            return node.isLiteral() ? new BigInteger(node.getLiteralLexicalForm().trim()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
