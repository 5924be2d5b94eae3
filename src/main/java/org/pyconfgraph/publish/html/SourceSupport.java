package org.pyconfgraph.publish.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.engine.binding.Binding;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.QueryFiles;
import org.pyconfgraph.store.GraphStore;
import org.pyconfgraph.store.PreparedQuery;

/**
 * What a source supports, for its page: the statements and resources citing it, the first {@value #SHOWN} of
 * them (in IRI order; the query's LIMIT) and how many there are, so the page stays bounded for a big graph.
 */
final class SourceSupport {
    static final int SHOWN = 200;

    /** The page's list: {@code shown} of {@code total}. */
    record Supported(long total, List<Citing> shown) {
        public boolean more() { return total > shown.size(); }

        public int count() { return shown.size(); }
    }

    /** One citing statement (its subject, property and value) or resource (subject only). */
    record Citing(Term what, Term subject, Term property, Term value) {}

    private final PreparedQuery query;
    private final PreparedQuery count;
    private final GraphStore store;
    private final PrefixMapping prefixes;

    SourceSupport(GraphStore store, IriSpace iris, PrefixMapping prefixes) {
        this.store = store;
        this.prefixes = prefixes;
        this.query = PreparedQuery.of(QueryFiles.load(SourceSupport.class, "source-supports.rq", iris));
        this.count = PreparedQuery.of(QueryFiles.load(SourceSupport.class, "source-supports-count.rq", iris));
    }

    Supported of(Node source) {
        Map<Node, Citing> shown = new LinkedHashMap<>();
        AtomicLong total = new AtomicLong();
        Binding values = BindingFactory.binding(Var.alloc("source"), source);
        store.read(reader -> {
            reader.select(query, values).forEach(row -> shown.putIfAbsent(row.get("citing"), citing(row)));
            reader.select(count, values).forEach(row ->
                total.set(Long.parseLong(row.get("count").getLiteralLexicalForm())));
            return null;
        });
        return new Supported(total.get(), new ArrayList<>(shown.values()));
    }

    private Citing citing(Binding row) {
        Term what = resource(row.get("citing"), row.get("citingLabel"));
        if (!row.contains("subject")) return new Citing(what, null, null, null);
        Node value = row.get("value");
        Term shownValue = value.isLiteral() ? Term.literal(value.getLiteralLexicalForm(),
            value.getLiteralLanguage().isEmpty() ? null : value.getLiteralLanguage(), null)
            : resource(value, row.get("valueLabel"));
        return new Citing(what, resource(row.get("subject"), row.get("subjectLabel")),
            Term.link(prefixes.shortForm(row.get("property").getURI()), row.get("property").getURI()), shownValue);
    }

    private Term resource(Node node, Node label) {
        if (!node.isURI()) return Term.literal(node.toString(), null, null);
        String text = label != null && label.isLiteral() ? label.getLiteralLexicalForm() : prefixes.shortForm(node.getURI());
        return Term.link(text, node.getURI());
    }
}
