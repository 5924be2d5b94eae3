package org.pyconfgraph.publish.sparql;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;
import org.pyconfgraph.publish.ServerLimits;

/**
 * Shares the query slots fairly between short and long queries. Every query starts short; one still running after
 * the long-query time becomes long, and only {@code maxLongQueries} of them may run at once, in slots admission
 * control adds to the short ones', so however many clients send queries that run to the time limit, the short
 * slots keep turning over for the others. A query that would be one long query too many is stopped with a 503
 * and Retry-After.
 * <p>
 * Which query texts ran long is remembered (the most recent few hundred): sent again, such a query is long from
 * its start, so while the long lane is full it is refused at once instead of taking a short query's slot for the
 * long-query time first (and a GET is refused before it takes a place in admission control at all: see
 * {@link KnownLongQueries}). One that then finishes within that time is forgotten. One set of lanes serves the
 * whole server, whichever release answers.
 */
final class QueryLanes {
    private static final int REMEMBERED = 512;

    private final Semaphore longSlots;
    private final Duration longQueryTime;
    private final Map<UUID, Boolean> ranLong = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) { return size() > REMEMBERED; }
    };

    QueryLanes(ServerLimits limits) {
        this.longSlots = new Semaphore(limits.maxLongQueries());
        this.longQueryTime = limits.longQueryTime();
    }

    /** The query would be one long query too many. A cancellation to ARQ, so that no operator swallows it. */
    static final class LongLaneFull extends QueryCancelledException {
        @Override
        public String getMessage() {
            return "Query stopped: this endpoint is running as many long queries as it allows at once;"
                + " short queries keep being answered. Retry later.";
        }

        @Override
        public synchronized Throwable fillInStackTrace() { return this; }
    }

    /**
     * The lane of one execution of the query, which the caller closes when the execution ends.
     *
     * @param queryText the query as sent
     * @throws LongLaneFull if the query is known to run long and the long lane is full
     */
    Ticket admit(String queryText) {
        UUID text = key(queryText);
        Ticket ticket = new Ticket(text);
        if (remembered(text)) ticket.becomeLong();
        return ticket;
    }

    /**
     * True if the query is known to run long and no long slot is free now: refused before admission control, it
     * takes neither a short query's slot nor a place in the queue. A slot that frees meanwhile is still
     * checked for at {@link #admit}.
     */
    boolean refusesAtOnce(String queryText) {
        return longSlots.availablePermits() == 0 && remembered(key(queryText));
    }

    /**
     * False if no query could be refused at once now (a long slot is free, or none is known to run long): then a
     * request's query text need not even be read to know it is let in.
     */
    boolean mayRefuseAtOnce() {
        return longSlots.availablePermits() == 0 && remembersAny();
    }

    private synchronized boolean remembersAny() { return !ranLong.isEmpty(); }

    private static UUID key(String queryText) { return UUID.nameUUIDFromBytes(queryText.getBytes(StandardCharsets.UTF_8)); }

    private synchronized boolean remembered(UUID text) { return ranLong.containsKey(text); }

    private synchronized void remember(UUID text, boolean isLong) {
        if (isLong) ranLong.put(text, Boolean.TRUE);
        else ranLong.remove(text);
    }

    /** One execution's place: short, or holding one of the long slots from when it became long. */
    final class Ticket implements AutoCloseable {
        private final UUID text;
        private final long started = System.nanoTime();
        private final long longAt = started + longQueryTime.toNanos();
        private final AtomicBoolean holdsLongSlot = new AtomicBoolean();
        private volatile boolean isLong;
        private volatile boolean refused;

        private Ticket(UUID text) {
            this.text = text;
        }

        /** Called at every deadline check: past the long-query time, the query needs a long slot or stops. */
        void check(long now) {
            if (refused) throw new LongLaneFull();
            if (!isLong && now - longAt > 0) becomeLong();
        }

        private void becomeLong() {
            isLong = true;
            remember(text, true);
            if (!longSlots.tryAcquire()) {
                refused = true;
                throw new LongLaneFull();
            }
            holdsLongSlot.set(true);
        }

        @Override
        public void close() {
            if (holdsLongSlot.getAndSet(false)) longSlots.release();
            if (isLong && System.nanoTime() - longAt <= 0) remember(text, false);
        }
    }
}
