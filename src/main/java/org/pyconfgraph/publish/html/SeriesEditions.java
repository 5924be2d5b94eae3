package org.pyconfgraph.publish.html;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.release.ReleaseIndex;
import org.pyconfgraph.store.GraphStore;

/**
 * The editions of a series as its page's table shows them ({@code series-editions.rq}), at most {@value #SHOWN}
 * (the first held: {@code series-editions-first.rq}, or the release's index for a longer series), in the order they were held: by ordinal when every edition has one (ordinals are
 * unique within a series), otherwise by start date compared as text, which orders the mixed precisions
 * ("1996-06", "1996-11-04", "2003") correctly, undated editions last.
 */
final class SeriesEditions {
    private static final Comparator<String> DATE_TEXT = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<BigInteger> NUMBER = Comparator.nullsLast(Comparator.naturalOrder());

    /**
     * One edition: its IRI, a label if it has one, its ordinal, start and end date if stated, its city and venue
     * (as links, null if not stated) and its attendance figures as stated, each with its sources.
     */
    record Edition(Node iri, String label, BigInteger ordinal, Node start, Node end, Term city, Term venue,
                   List<Figure> attendance) {
        String dateText() { return start == null ? null : start.getLiteralLexicalForm(); }

        String endText() { return end == null || !end.isLiteral() ? null : end.getLiteralLexicalForm(); }
    }

    /** An attendance figure in the source's words ("almost 250 registrants"), with the sources stating it. */
    record Figure(String text, List<SourceMark> sources) {}

    /** Editions a series' page lists at most: the query's LIMIT. */
    static final int SHOWN = 200;

    /** The page's table: {@code shown} of {@code total} editions. */
    record Shown(long total, List<Edition> editions) {
        boolean more() { return total > editions.size(); }
    }

    private static final String LIST = "series-editions";
    private static final Var SERIES = Var.alloc("series");

    /** The index of the series of more than {@value #SHOWN} editions, as {@code build --out} writes it. */
    static final ReleaseIndex RELEASE_INDEX = CappedList.releaseIndex(LIST, SERIES);

    private final CappedList list;
    private final GraphStore store;
    private final String keyedSources;

    /** @param indexes the release folder's index files by name */
    SeriesEditions(GraphStore store, IriSpace iris, Map<String, Path> indexes) {
        this.store = store;
        this.keyedSources = iris.thing("source/");
        this.list = new CappedList(LIST, SERIES, iris, indexes);
    }

    /** The series' first {@value #SHOWN} editions in the order they were held, and how many it has. */
    Shown of(Node series) {
        Map<Node, Row> rows = new LinkedHashMap<>();
        CappedList.Answer answer = store.read(reader -> list.of(reader, series));
        answer.rows().forEach(binding -> rows.computeIfAbsent(binding.get("edition"), Row::new).add(binding));
        long total = answer.total();
        List<Edition> ordered = new ArrayList<>(rows.values().stream().map(Row::edition).toList());
        boolean allNumbered = ordered.stream().allMatch(e -> e.ordinal() != null);
        Comparator<Edition> byDate = Comparator.comparing(Edition::dateText, DATE_TEXT);
        Comparator<Edition> byOrdinal = Comparator.comparing(Edition::ordinal, NUMBER);
        ordered.sort((allNumbered ? byOrdinal.thenComparing(byDate) : byDate.thenComparing(byOrdinal))
            .thenComparing(e -> e.iri().toString()));
        return new Shown(total, ordered);
    }

    /** Folds the query's rows of one edition (one per label, figure and source) into its {@link Edition}. */
    private final class Row {
        private final Node iri;
        private Binding first;
        private final Map<Node, String> figureTexts = new LinkedHashMap<>();
        private final Map<Node, Map<String, SourceMark>> figureSources = new LinkedHashMap<>();

        Row(Node iri) { this.iri = iri; }

        void add(Binding row) {
            if (first == null) first = row;
            Node figure = row.get("figure");
            if (figure == null) return;
            figureTexts.putIfAbsent(figure, row.contains("figureLabel") ? row.get("figureLabel").getLiteralLexicalForm()
                : figure.toString());
            Map<String, SourceMark> marks = figureSources.computeIfAbsent(figure, f -> new TreeMap<>());
            Node source = row.get("figureSource");
            if (source != null && source.isURI()) marks.putIfAbsent(source.getURI(), mark(source.getURI()));
        }

        Edition edition() {
            Binding row = first;
            Term city = row.contains("city") ? place(row.get("city"), row.get("cityLabel")) : null;
            Term venue = row.contains("venue") ? place(row.get("venue"), row.get("venueLabel")) : null;
            if (venue != null && row.contains("isCity") && "true".equals(row.get("isCity").getLiteralLexicalForm())) {
                if (city == null) city = venue;
                venue = null;
            }
            List<Figure> figures = new ArrayList<>();
            figureTexts.forEach((figure, text) ->
                figures.add(new Figure(text, List.copyOf(figureSources.get(figure).values()))));
            // Two figures may read alike ("over 600") from different sources: their sources decide, not row order.
            figures.sort(Comparator.comparing(Figure::text)
                .thenComparing(f -> f.sources().stream().map(SourceMark::href).toList().toString()));
            return new Edition(iri, row.contains("label") ? row.get("label").getLiteralLexicalForm() : null,
                row.contains("ordinal") ? ordinal(row.get("ordinal")) : null,
                row.contains("start") && row.get("start").isLiteral() ? row.get("start") : null,
                row.get("end"), city, venue, figures);
        }
    }

    private SourceMark mark(String iri) {
        return SourceMark.of(iri, iri.startsWith(keyedSources) ? iri.substring(keyedSources.length()) : null, null);
    }

    private static Term place(Node place, Node label) {
        if (!place.isURI()) return null;
        return Term.link(label != null && label.isLiteral() ? label.getLiteralLexicalForm() : place.getURI(), place.getURI());
    }

    private static BigInteger ordinal(Node node) {
        try {
            return node.isLiteral() ? new BigInteger(node.getLiteralLexicalForm().trim()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
