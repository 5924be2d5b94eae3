package org.pyconfgraph.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The queries one read of a {@link GraphStore} may ask. Values are bound as nodes ({@code values}), never spliced
 * into query text. Each call runs its query to the end and closes it, so no execution outlives the read; callers
 * keep answers bounded with LIMIT or VALUES.
 */
public interface StoreReader {

    List<Binding> select(Query query, Binding values);

    /**
     * Each row of a SELECT query, handed to {@code row} as it is read, for an answer too long to hold: the query
     * still runs to its end (or until {@code row} throws) and closes within the call.
     */
    default void forEachRow(Query query, Binding values, Consumer<Binding> row) {
        select(query, values).forEach(row);
    }

    /**
     * The links of the store read from its TDB2 indexes, for work over every link that need not decode every term;
     * empty for any other store.
     */
    default Optional<Tdb2Links> tdb2Links() {
        return Optional.empty();
    }

    /** A CONSTRUCT or DESCRIBE query's graph. */
    Graph graph(Query query, Binding values);

    /** The rows of a prepared SELECT query: the same as {@link #select(Query, Binding)} of its query gives. */
    default List<Binding> select(PreparedQuery query, Binding values) {
        return select(query.query(), values);
    }

    /** The graph of a prepared CONSTRUCT query: the same as {@link #graph(Query, Binding)} of its query gives. */
    default Graph graph(PreparedQuery query, Binding values) {
        return graph(query.query(), values);
    }
}
