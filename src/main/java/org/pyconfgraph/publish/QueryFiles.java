package org.pyconfgraph.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.Vocabularies;

/**
 * SPARQL queries kept as {@code .rq} resources (next to the class that runs them, or at an absolute resource
 * path), parsed once at start-up.
 */
public final class QueryFiles {
    private QueryFiles() {}

    /** A query that declares its own prefixes and uses absolute IRIs only. */
    public static Query load(Class<?> owner, String name) {
        return QueryFactory.create(read(owner, name));
    }

    /**
     * A query written in the instance's terms: it may use the prefixes of {@link Vocabularies#prefixes} without
     * declaring them, and relative IRIs ({@code <dataset>}) that resolve against the instance's base.
     */
    public static Query load(Class<?> owner, String name, IriSpace iris) {
        Query query = new Query();
        query.setPrefixMapping(Vocabularies.prefixes(iris));
        QueryFactory.parse(query, read(owner, name), iris.base(), Syntax.syntaxSPARQL_11);
        return query;
    }

    private static String read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing query resource " + name + " of " + owner.getName());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
