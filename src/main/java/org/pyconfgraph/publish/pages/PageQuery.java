package org.pyconfgraph.publish.pages;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.publish.Lazy;
import org.pyconfgraph.publish.QueryFiles;
import org.pyconfgraph.store.GraphStore;
import org.pyconfgraph.store.LeadingValues;
import org.pyconfgraph.store.StoreReader;

/**
 * A SELECT query the pages ask the store, kept in {@code src/main/resources/pages/NAME.rq}. The files declare no
 * prefixes: they get those of {@link Vocabularies#prefixes}, so that namespace IRIs are written in one place, and
 * relative IRIs ({@code <dataset>}, {@code <graph/ontology>}) resolve against the instance's base. Each is parsed
 * when first asked, not at start: the pages are made by their first request, and a start's first answer needs none.
 */
public final class PageQuery {
    private final Lazy<Query> query;

    private PageQuery(Lazy<Query> query) {
        this.query = query;
    }

    /** The parsed query, as its file states it. */
    Query query() { return query.get(); }

    public static PageQuery load(String name, IriSpace iris) {
        return new PageQuery(Lazy.of(() -> QueryFiles.load(PageQuery.class, "/pages/" + name + ".rq", iris)));
    }

    /** Runs the query over the store's union default graph, in the store's read transaction, and reads every row. */
    public List<Row> select(GraphStore store) {
        return store.read(this::select);
    }

    /** Every row, read in the caller's read of the store. */
    public List<Row> select(StoreReader reader) {
        return select(reader, BindingFactory.empty());
    }

    /** The rows for these values of the query's variables (bound as nodes). */
    public List<Row> select(StoreReader reader, Binding values) {
        return reader.select(query(), values).stream().map(Row::new).toList();
    }

    /**
     * The rows for each of these values of one variable, in the query's own order: one query, the values a VALUES
     * block at the start of its pattern, so that every store looks each one up (a block after the query would be
     * joined only once the whole pattern had been evaluated) and every store can parse it as written.
     */
    public List<Row> select(StoreReader reader, String variable, List<Node> values) {
        Var var = Var.alloc(variable);
        Query bound = LeadingValues.of(query(), List.of(var),
            values.stream().map(v -> BindingFactory.binding(var, v)).toList());
        return reader.select(bound, BindingFactory.empty()).stream().map(Row::new).toList();
    }

    /** One solution; an unbound variable reads as null. */
    public record Row(Binding binding) {
        public Node node(String variable) { return binding.get(Var.alloc(variable)); }

        /** The IRI bound to the variable, or null if it is unbound or not an IRI. */
        public String iri(String variable) {
            Node node = node(variable);
            return node != null && node.isURI() ? node.getURI() : null;
        }

        /** The lexical form of the literal bound to the variable, or null. */
        public String text(String variable) {
            Node node = node(variable);
            return node != null && node.isLiteral() ? node.getLiteralLexicalForm() : null;
        }
    }
}
