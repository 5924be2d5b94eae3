package org.pyconfgraph.publish.html;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.engine.binding.Binding;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.release.ReleaseIndex;
import org.pyconfgraph.store.GraphStore;

/**
 * What a source supports, for its page: the statements and resources citing it, the first {@value #SHOWN} of
 * them (in IRI order: {@code source-supports-first.rq}, or the release's index for a source cited more) and how many
 * there are, so the page stays bounded by its cap whatever the number of statements citing the source.
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

    private static final String LIST = "source-supports";
    private static final Var SOURCE = Var.alloc("source");

    /** The index of the sources cited more than {@value #SHOWN} times, as {@code build --out} writes it. */
    static final ReleaseIndex RELEASE_INDEX = CappedList.releaseIndex(LIST, SOURCE);

    private final CappedList list;
    private final GraphStore store;
    private final PrefixMapping prefixes;

    /** @param indexes the release folder's index files by name */
    SourceSupport(GraphStore store, IriSpace iris, PrefixMapping prefixes, Map<String, Path> indexes) {
        this.store = store;
        this.prefixes = prefixes;
        this.list = new CappedList(LIST, SOURCE, iris, indexes);
    }

    Supported of(Node source) {
        Map<Node, Citing> shown = new LinkedHashMap<>();
        CappedList.Answer answer = store.read(reader -> list.of(reader, source));
        answer.rows().forEach(row -> shown.putIfAbsent(row.get("citing"), citing(row)));
        return new Supported(answer.total(), new ArrayList<>(shown.values()));
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
