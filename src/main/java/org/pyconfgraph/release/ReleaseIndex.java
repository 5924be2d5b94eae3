package org.pyconfgraph.release;

import java.io.IOException;
import java.nio.file.Path;

import org.pyconfgraph.model.IriSpace;

/**
 * A file that {@code build --out} derives from the loaded database into the release folder ({@code indexes/}) so
 * that a server reads a slice of it instead of sorting or counting the store per request (the timeline's order).
 * Written before the folder is renamed into place, and listed in the manifest with its size.
 */
public interface ReleaseIndex {
    /** The file's name in {@code indexes/}. */
    String file();

    /**
     * Writes the index of the release whose TDB2 database is {@code database} (closed; the index opens it) to
     * {@code file}.
     */
    void write(Path database, IriSpace iris, Path file) throws IOException;
}
