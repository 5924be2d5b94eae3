package org.pyconfgraph.store;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.sparql.exec.QueryExec;
import org.pyconfgraph.release.Release;
import org.pyconfgraph.release.ReleaseFolder;

/**
 * A release in a TDB2 database on disk, opened read-only in spirit (nothing here writes). The union default graph
 * is TDB2's own setting, and queries are given the database itself (a query cannot write), so ARQ hands every query
 * to TDB2's engine, which rewrites it over the quad indexes; ARQ does not look through wrappers to find it.
 * <p>
 * TDB2 keeps one dataset per database in a process and hands it to every opener, and letting it go shuts it by
 * location, whoever opened it since. So the stores open on each dataset are counted, and the last one to close
 * lets it go: a store closing late (an earlier release whose last request has just ended) never shuts the
 * database under a store opened on it since.
 */
public final class Tdb2GraphStore extends LocalGraphStore {
    /** Open stores by dataset; guarded by itself, which also makes a connect and a let-go one step each. */
    private static final Map<DatasetGraph, Integer> OPEN = new IdentityHashMap<>();

    private final DatasetGraph database;
    private final Path directory;
    /** Guarded by {@link #OPEN}. */
    private boolean closed;

    private Tdb2GraphStore(Path directory, DatasetGraph database) {
        // Queries go to the database itself: ARQ picks TDB2's engine only for it, not for a wrapper.
        super(new UnionDefaultReadOnly(database), new DatasetReader(database));
        this.directory = directory;
        this.database = database;
    }

    /** Opens the TDB2 database in {@code directory}; cheap whatever its size (TDB2 reads its indexes on demand). */
    public static Tdb2GraphStore open(Path directory) {
        synchronized (OPEN) {
            DatasetGraph database = ReleaseFolder.connectDatabase(directory);
            database.getContext().set(TDB2.symUnionDefaultGraph, true);
            OPEN.merge(database, 1, Integer::sum);
            return new Tdb2GraphStore(directory, database);
        }
    }

    /**
     * Opens the TDB2 database in {@code directory} as the store of {@code release}, checked to hold it.
     *
     * @throws IllegalArgumentException naming {@code setting} if the database does not hold the release
     */
    public static Tdb2GraphStore open(Path directory, Release release, String setting) {
        Tdb2GraphStore store = open(directory);
        boolean held = Txn.calculateRead(store.database, () -> QueryExec.dataset(store.database)
            .query(ReleaseMarks.HELD).substitution(ReleaseMarks.of(release)).ask());
        if (!held) {
            store.close();
            throw new IllegalArgumentException(ReleaseMarks.notHeld(setting, release));
        }
        return store;
    }

    @Override
    public String description() { return "TDB2 at " + directory; }

    /** Closes this store, once; the database is let go when no other store is open on it. */
    @Override
    public void close() {
        synchronized (OPEN) {
            if (closed) return;
            closed = true;
            if (OPEN.merge(database, -1, Integer::sum) > 0) return;
            OPEN.remove(database);
            TDBInternal.expel(database);
        }
    }

    /**
     * Read-only, and with the union as its default graph for code that reads graphs directly (the Graph Store
     * Protocol's {@code ?default}); queries run on the database underneath, where TDB2 applies the union itself.
     */
    private static final class UnionDefaultReadOnly extends DatasetGraphReadOnly {
        UnionDefaultReadOnly(DatasetGraph database) {
            super(database);
        }

        @Override
        public Graph getDefaultGraph() { return new GraphReadOnly(get().getUnionGraph()); }

        @Override
        public Graph getGraph(Node graphNode) {
            return Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode) ? getDefaultGraph()
                : super.getGraph(graphNode);
        }
    }
}
