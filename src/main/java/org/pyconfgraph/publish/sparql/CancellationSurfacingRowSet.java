package org.pyconfgraph.publish.sparql;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.rowset.RowSetWrapper;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * A row set whose cancellation Fuseki's result writers cannot swallow. They catch a cancellation while
 * streaming and append a note to what is then a 200 response, so a CSV client would take a truncated
 * result for a complete one; this turns the cancellation into {@link ResultsCutShort}, which they pass on.
 */
final class CancellationSurfacingRowSet extends RowSetWrapper {
    private final long maxRows;
    private long count;

    /** @param maxRows rows a result may have; one more stops the query as a {@link LimitExceeded} */
    CancellationSurfacingRowSet(RowSet rows, long maxRows) {
        super(rows);
        this.maxRows = maxRows;
    }

    /** The time limit struck while the results were being written. */
    static final class ResultsCutShort extends RuntimeException {
        ResultsCutShort(QueryCancelledException cause) {
            super("Query cancelled while its results were written", cause, false, false);
        }
    }

    @Override
    public boolean hasNext() {
        try {
            return super.hasNext();
        } catch (QueryCancelledException e) {
            throw new ResultsCutShort(e);
        }
    }

    @Override
    public Binding next() {
        if (++count > maxRows)
            throw new ResultsCutShort(new LimitExceeded("the result would have more than " + maxRows
                + " rows, this endpoint's limit"));
        try {
            return super.next();
        } catch (QueryCancelledException e) {
            throw new ResultsCutShort(e);
        }
    }

}
