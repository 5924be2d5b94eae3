package org.pyconfgraph.publish.sparql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.publish.ServerLimits;

/** One long slot, queries long after 1 ms: what the early refusal needs to know before it reads a request's query. */
@DisplayName("The query lanes, asked before a request's query is read")
class QueryLanesRefusalTest {
    private static final String HEAVY = "SELECT * { ?a ?b ?c . ?d ?e ?f }";
    private static final String OTHER = "ASK { ?s ?p ?o }";

    @Test
    @DisplayName("say no query could be refused while a long slot is free or none is known to run long, and name the"
        + " known long one once the long lane is full")
    void needTheQueryOnlyWhenTheLongLaneIsFullOfKnownLongQueries() throws InterruptedException {
        QueryLanes lanes = new QueryLanes(ServerLimits.defaults().withLongQueries(Duration.ofMillis(1), 1));
        assertFalse(lanes.mayRefuseAtOnce(), "nothing known to run long, the long slot free");

        QueryLanes.Ticket running = lanes.admit(HEAVY);
        Thread.sleep(5);
        running.check(System.nanoTime()); // now long: it takes the one long slot and is remembered
        assertTrue(lanes.mayRefuseAtOnce(), "the long lane full, one query known to run long");
        assertTrue(lanes.refusesAtOnce(HEAVY));
        assertFalse(lanes.refusesAtOnce(OTHER), "a query not known to run long is let in");

        running.close();
        assertFalse(lanes.mayRefuseAtOnce(), "the long slot free again");
        assertFalse(lanes.refusesAtOnce(HEAVY));

        QueryLanes.Ticket again = lanes.admit(HEAVY); // known long: takes the long slot at once
        assertTrue(lanes.mayRefuseAtOnce());
        assertThrows(QueryLanes.LongLaneFull.class, () -> lanes.admit(HEAVY), "a second one finds the lane full");
        again.close();
    }
}
