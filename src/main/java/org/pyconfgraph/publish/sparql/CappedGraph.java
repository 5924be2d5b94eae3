package org.pyconfgraph.publish.sparql;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;

/**
 * The in-memory graph a CONSTRUCT or DESCRIBE result is built in, refusing the triple that would take it past the
 * endpoint's limit. Built into it as the result is computed, a result over the limit stops at the limit, with
 * the same 422 whatever the size of the data, rather than after the whole result has been built, or at the time
 * limit while building it.
 */
final class CappedGraph extends GraphWrapper {
    private final long maxTriples;

    CappedGraph(long maxTriples) {
        super(GraphFactory.createDefaultGraph());
        this.maxTriples = maxTriples;
    }

    @Override
    public void add(Triple triple) {
        if (get().size() >= maxTriples && !get().contains(triple))
            throw new LimitExceeded("the result would have more than " + maxTriples + " triples, this endpoint's limit");
        super.add(triple);
    }

    /** The result, for writing. */
    Graph result() { return get(); }
}
