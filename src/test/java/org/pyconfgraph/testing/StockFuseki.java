package org.pyconfgraph.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A stock Fuseki (Jena's own server, none of our code) on a free loopback port, serving a TDB2 database with every
 * operation Fuseki offers, updates included: the remote engine a publisher runs in front of. It can be made slow for
 * a while ({@link #answerAfter}), as an engine is while it warms its caches.
 */
public final class StockFuseki implements AutoCloseable {
    private static final String NAME = "/release";
    private final FusekiServer server;
    private final DatasetGraph database;
    private final boolean expel;
    private volatile Duration delay = Duration.ZERO;
    private boolean closed;

    private StockFuseki(DatasetGraph database, boolean expel) {
        this.database = database;
        this.expel = expel;
        this.server = FusekiServer.create().loopback(true).port(RunningServer.freePort()).add(NAME, database)
            .addFilter("/*", new Delay()).build().start();
    }

    /** From now on, every request waits {@code wait} before Fuseki handles it (zero: none waits). */
    public void answerAfter(Duration wait) { this.delay = wait; }

    /**
     * Fuseki on the TDB2 database at {@code directory}, as its operator would configure it.
     *
     * @param unionDefaultGraph TDB2's setting that makes the default graph the union of the named graphs
     * @param timeLimit         the engine's own query time limit
     */
    public static StockFuseki onDatabase(Path directory, boolean unionDefaultGraph, Duration timeLimit) {
        DatasetGraph database = DatabaseMgr.connectDatasetGraph(Location.create(directory));
        database.getContext().set(TDB2.symUnionDefaultGraph, unionDefaultGraph);
        database.getContext().set(ARQ.queryTimeout, Long.toString(timeLimit.toMillis()));
        return new StockFuseki(database, false);
    }

    /**
     * Fuseki on a new TDB2 database at {@code directory}, loaded from files as an operator would: each file into the
     * graph its value names, or as it is (a quads format) for an empty name.
     */
    public static StockFuseki loadedFrom(Path directory, Duration timeLimit, Map<Path, String> files) {
        DatasetGraph database = DatabaseMgr.connectDatasetGraph(Location.create(directory));
        Txn.executeWrite(database, () -> files.forEach((file, graph) -> {
            if (graph.isEmpty()) RDFDataMgr.read(database, file.toString());
            else RDFDataMgr.read(database.getGraph(NodeFactory.createURI(graph)), file.toString());
        }));
        database.getContext().set(ARQ.queryTimeout, Long.toString(timeLimit.toMillis()));
        return new StockFuseki(database, true);
    }

    /** The SPARQL 1.1 Query endpoint. */
    public String queryEndpoint() { return "http://127.0.0.1:" + server.getHttpPort() + NAME + "/sparql"; }

    /** The SPARQL 1.1 Update endpoint, which the publisher never uses. */
    public String updateEndpoint() { return "http://127.0.0.1:" + server.getHttpPort() + NAME + "/update"; }

    public DatasetGraph database() { return database; }

    /** Holds each request for the delay set, before Fuseki sees it. */
    private final class Delay implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServletException(e);
            }
            chain.doFilter(request, response);
        }
    }

    /** Stops the engine; a second call does nothing, so a test can stop it early and still close it. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        server.stop();
        if (expel) TDBInternal.expel(database);
    }
}
