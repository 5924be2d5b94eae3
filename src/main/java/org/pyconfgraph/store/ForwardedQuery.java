package org.pyconfgraph.store;

import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.riot.rowset.RowSetWrapper;
import org.apache.jena.sparql.util.Context;

/**
 * A query executed by a remote engine, stopped at its time limit: the HTTP client's timeout covers connecting and
 * the wait for the answer to begin, and an abort at the deadline closes an answer still streaming. Reading past
 * either ends in a {@link QueryCancelledException}, like a local query's; any other failure is a
 * {@link StoreFailure}. Results stream: rows and triples are passed on as they are parsed.
 */
final class ForwardedQuery implements QueryExec {
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "remote-query-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    private final QueryExec remote;
    private final AtomicBoolean timedOut = new AtomicBoolean();
    private final ScheduledFuture<?> deadline;

    ForwardedQuery(QueryExec remote, Duration limit) {
        this.remote = remote;
        this.deadline = DEADLINES.schedule(() -> {
            timedOut.set(true);
            remote.abort();
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public RowSet select() {
        RowSet rows = guarded(remote::select);
        return new RowSetWrapper(rows) {
            @Override
            public boolean hasNext() { return guarded(rows::hasNext); }

            @Override
            public Binding next() { return guarded(rows::next); }
        };
    }

    @Override
    public Iterator<Triple> constructTriples() { return iterator(guarded(remote::constructTriples)); }

    @Override
    public Iterator<Triple> describeTriples() { return iterator(guarded(remote::describeTriples)); }

    @Override
    public Iterator<Quad> constructQuads() { return iterator(guarded(remote::constructQuads)); }

    @Override
    public Graph construct(Graph graph) {
        constructTriples().forEachRemaining(graph::add);
        return graph;
    }

    @Override
    public Graph describe(Graph graph) {
        describeTriples().forEachRemaining(graph::add);
        return graph;
    }

    @Override
    public DatasetGraph constructDataset(DatasetGraph dataset) {
        constructQuads().forEachRemaining(dataset::add);
        return dataset;
    }

    @Override
    public boolean ask() { return guarded(remote::ask); }

    @Override
    public JsonArray execJson() { throw new UnsupportedOperationException("JSON queries are not SPARQL 1.1"); }

    @Override
    public Iterator<JsonObject> execJsonItems() { return execJson().stream().map(v -> v.getAsObject()).iterator(); }

    @Override
    public DatasetGraph getDataset() { return null; }

    @Override
    public Context getContext() { return remote.getContext(); }

    @Override
    public Query getQuery() { return remote.getQuery(); }

    @Override
    public String getQueryString() { return remote.getQueryString(); }

    @Override
    public void abort() { remote.abort(); }

    @Override
    public void close() {
        deadline.cancel(false);
        // Closing alone would read an unfinished answer to its end (to keep the connection): abort drops it.
        remote.abort();
        remote.close();
    }

    @Override
    public boolean isClosed() { return remote.isClosed(); }

    private <T> Iterator<T> iterator(Iterator<T> items) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() { return guarded(items::hasNext); }

            @Override
            public T next() { return guarded(items::next); }
        };
    }

    /** The step's result, or the failure in our terms: a cancellation past the deadline, else a store failure. */
    private <T> T guarded(Supplier<T> step) {
        try {
            return step.get();
        } catch (QueryCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            if (timedOut.get() || isTimeout(e)) throw new QueryCancelledException();
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new StoreFailure(message.lines().findFirst().orElse(message), e);
        }
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause())
            if (cause instanceof java.net.http.HttpTimeoutException) return true;
        return false;
    }

}
