package org.pyconfgraph.store;

import java.time.Duration;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;

/** A store that answers SPARQL itself: the public endpoint hands it the queries it has checked. */
public interface SparqlService {

    /**
     * An execution of {@code query} by the store, stopped at {@code limit}: its answer then ends in a
     * {@link org.apache.jena.query.QueryCancelledException}; a failure of the store is a {@link StoreFailure}.
     */
    QueryExec query(Query query, Duration limit);
}
