package org.pyconfgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.release.ReleaseIndex;

/** A release index written by {@code build --out} in one read of the release's TDB2 database. */
public record Tdb2ReleaseIndex(String file, Writer writer) implements ReleaseIndex {
    /** Writes the index from a read of the store. */
    @FunctionalInterface
    public interface Writer {
        void write(StoreReader reader, IriSpace iris, Path file) throws IOException;
    }

    @Override
    public void write(Path database, IriSpace iris, Path file) throws IOException {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(database)) {
            store.read(reader -> {
                try {
                    writer.write(reader, iris, file);
                    return file;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
