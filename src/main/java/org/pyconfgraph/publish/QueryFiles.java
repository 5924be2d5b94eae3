package org.pyconfgraph.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** SPARQL queries kept as {@code .rq} resources next to the class that runs them, parsed once at start-up. */
public final class QueryFiles {
    private QueryFiles() {}

    public static Query load(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing query resource " + name + " of " + owner.getName());
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
