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
}
