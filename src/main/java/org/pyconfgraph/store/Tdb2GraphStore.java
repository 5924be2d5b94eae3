package org.pyconfgraph.store;

import java.nio.file.Path;

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
 */
public final class Tdb2GraphStore extends LocalGraphStore {
    private final DatasetGraph database;
    private final Path directory;

    private Tdb2GraphStore(Path directory, DatasetGraph database) {
        // Queries go to the database itself: ARQ picks TDB2's engine only for it, not for a wrapper.
        super(new UnionDefaultReadOnly(database), new DatasetReader(database));
        this.directory = directory;
        this.database = database;
    }

    /** Opens the TDB2 database in {@code directory}; cheap whatever its size (TDB2 reads its indexes on demand). */
    public static Tdb2GraphStore open(Path directory) {
        DatasetGraph database = ReleaseFolder.connectDatabase(directory);
        database.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Tdb2GraphStore(directory, database);
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

    @Override
    public void close() { TDBInternal.expel(database); }

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
