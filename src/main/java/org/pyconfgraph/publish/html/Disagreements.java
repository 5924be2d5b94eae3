package org.pyconfgraph.publish.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.QueryFiles;
import org.pyconfgraph.store.GraphStore;
import org.pyconfgraph.store.PreparedQuery;

/**
 * Where sources disagree about a resource ({@code disagreements.rq}): every reading with its sources, the
 * preferred one first and marked, with the dataset's reason for preferring it.
 */
final class Disagreements {
    /** One disagreement as the page shows it. */
    record Disagreement(String iri, String title, String reason, List<Reading> readings) {}

    /** One reading: what it says, whether it is preferred, and the sources that say it. */
    record Reading(String iri, String text, boolean preferred, List<SourceMark> sources) {}

    private final PreparedQuery query;
    private final GraphStore store;

    Disagreements(GraphStore store, IriSpace iris) {
        this.store = store;
        this.query = PreparedQuery.of(QueryFiles.load(Disagreements.class, "disagreements.rq", iris));
    }

    List<Disagreement> about(Node topic) {
        Map<Node, Builder> found = new TreeMap<>(Comparator.comparing(Node::toString));
        store.read(reader -> reader.select(query, BindingFactory.binding(Var.alloc("topic"), topic)))
            .forEach(row -> found.computeIfAbsent(row.get("disagreement"), Builder::new).add(row));
        return found.values().stream().map(Builder::build).toList();
    }

    /** Collects a disagreement's rows: several per reading (one per source and label). */
    private static final class Builder {
        private final Node iri;
        private String title;
        private String reason;
        private final Map<Node, String> texts = new LinkedHashMap<>();
        private final Map<Node, Boolean> preferred = new LinkedHashMap<>();
        private final Map<Node, Map<String, SourceMark>> sources = new LinkedHashMap<>();

        Builder(Node iri) { this.iri = iri; }

        void add(Binding row) {
            if (title == null) title = text(row, "title");
            if (reason == null) reason = text(row, "reason");
            Node reading = row.get("reading");
            preferred.put(reading, row.get("preferred") != null && "true".equals(row.get("preferred").getLiteralLexicalForm()));
            String value = row.contains("readingLabel") ? text(row, "readingLabel")
                : row.contains("valueLabel") ? text(row, "valueLabel")
                : row.contains("value") ? (row.get("value").isLiteral() ? text(row, "value") : row.get("value").toString())
                : reading.toString();
            texts.putIfAbsent(reading, value);
            Map<String, SourceMark> marks = sources.computeIfAbsent(reading, r -> new TreeMap<>());
            if (row.contains("source") && row.get("source").isURI()) {
                String source = row.get("source").getURI();
                marks.putIfAbsent(source, SourceMark.of(source, text(row, "key"), text(row, "sourceLabel")));
            }
        }

        Disagreement build() {
            List<Reading> readings = new ArrayList<>();
            texts.forEach((reading, text) -> readings.add(new Reading(reading.getURI(), text, preferred.get(reading),
                List.copyOf(sources.get(reading).values()))));
            readings.sort(Comparator.comparing((Reading r) -> !r.preferred()).thenComparing(Reading::text));
            return new Disagreement(iri.getURI(), title, reason, readings);
        }

        private static String text(Binding row, String name) {
            Node node = row.get(name);
            return node != null && node.isLiteral() ? node.getLiteralLexicalForm() : null;
        }
    }
}
