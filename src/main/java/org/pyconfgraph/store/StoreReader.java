package org.pyconfgraph.store;

import java.util.List;

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
