package org.pyconfgraph.publish.pages;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.publish.QueryFiles;
import org.pyconfgraph.store.GraphStore;
import org.pyconfgraph.store.StoreReader;

/**
 * A SELECT query the pages ask the store, kept in {@code src/main/resources/pages/NAME.rq}. The files declare no
 * prefixes: they get those of {@link Vocabularies#prefixes}, so that namespace IRIs are written in one place, and
 * relative IRIs ({@code <dataset>}, {@code <graph/ontology>}) resolve against the instance's base.
 */
public final class PageQuery {
    private final Query query;

    private PageQuery(Query query) {
        this.query = query;
    }

    /** The parsed query, as its file states it. */
    Query query() { return query; }

    public static PageQuery load(String name, IriSpace iris) {
        return new PageQuery(QueryFiles.load(PageQuery.class, "/pages/" + name + ".rq", iris));
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
        return reader.select(query, values).stream().map(Row::new).toList();
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
