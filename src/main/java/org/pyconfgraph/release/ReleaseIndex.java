package org.pyconfgraph.release;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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

    /** Reads {@code length} bytes of an index file from {@code position}: a server's positioned read of a slice. */
    static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining())
            if (channel.read(buffer, position + buffer.position()) < 0)
                throw new IOException("ends before byte " + (position + length));
        return buffer.flip();
    }
}
