package org.pyconfgraph.store;

import java.util.Locale;

import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.sys.SystemIndex;

/**
 * How TDB2 reads the index files of every database in this process. TDB2 decides once, when it opens its first
 * index, and ignores the mode a database's own parameters name; so it is a setting of the process.
 */
public enum Tdb2FileMode {
    /**
     * TDB2's default on 64-bit systems: the files are memory-mapped, and the pages read count in the process's
     * resident memory (clean file pages, which the kernel takes back under pressure), growing with the part of the
     * store that has been read.
     */
    MAPPED,
    /**
     * Blocks are read into TDB2's caches in the heap (of a size TDB2 fixes per index file): resident memory stays
     * within the heap's limit and the JVM's own, whatever the size of the store.
     */
    DIRECT;

    /**
     * @param setting how the operator set it, for the message
     * @throws IllegalArgumentException one line naming the setting and what it allows
     */
    public static Tdb2FileMode parse(String setting, String value) {
        for (Tdb2FileMode mode : values())
            if (mode.name().toLowerCase(Locale.ROOT).equals(value)) return mode;
        throw new IllegalArgumentException(setting + " must be mapped or direct, not " + value);
    }

    /**
     * Makes TDB2 read every database of this process this way; before any is opened.
     *
     * @throws IllegalStateException if TDB2 has already decided on the other mode
     */
    public void applyToProcess() {
        // Mapped is TDB2's own choice: setting it again after a database has opened would only log a warning.
        if (this == DIRECT) SystemIndex.setFileMode(FileMode.direct);
        FileMode used = SystemIndex.fileMode();
        if (used != (this == DIRECT ? FileMode.direct : FileMode.mapped))
            throw new IllegalStateException("TDB2 already reads its files " + used + " in this process");
    }
}
