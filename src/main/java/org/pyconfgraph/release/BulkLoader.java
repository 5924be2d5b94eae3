package org.pyconfgraph.release;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.system.progress.MonitorOutput;

/** TDB2's bulk loaders, by the plan each follows; {@link #BUILD} is the one a build uses. */
public enum BulkLoader {
    /** One thread writing the nodes and every index together. */
    BASIC,
    /** One thread, the nodes and the primary indexes, then each other index in turn: the least memory. */
    SEQUENTIAL,
    /** Threads in two phases: the nodes and the primary indexes, then the other indexes together. */
    PHASED,
    /** Threads for every stage and index at once: the most threads. */
    PARALLEL;

    /**
     * Measured by {@code bench --events} on two shared cores (see the README): basic the slowest by far, the other
     * three within the noise of a loaded machine of each other; phased keeps to a few threads and little memory.
     */
    public static final BulkLoader BUILD = PHASED;

    private static final MonitorOutput SILENT = (format, args) -> {};

    public DataLoader create(DatasetGraph database) {
        return switch (this) {
            case BASIC -> LoaderFactory.basicLoader(database, SILENT);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(database, SILENT);
            case PHASED -> LoaderFactory.phasedLoader(database, SILENT);
            case PARALLEL -> LoaderFactory.parallelLoader(database, SILENT);
        };
    }
}
