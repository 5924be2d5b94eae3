package org.pyconfgraph.release;

import java.nio.file.Path;

import org.pyconfgraph.load.LoadException;

/** A release's TDB2 database another process holds open: TDB2 allows one process per database. */
public final class DatabaseInUse extends LoadException {
    DatabaseInUse(Path directory, String lock) {
        super(directory + ": in use by another process (a TDB2 database serves one process at a time; stop it, or"
            + " serve a copy of the release): " + lock);
    }
}
