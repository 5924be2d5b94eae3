package org.pyconfgraph.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders that live as long as this process (the dumps of a release served from memory), and their removal. */
final class TemporaryFolder {
    private TemporaryFolder() {}

    static Path create(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes a folder and everything in it, as far as it can: used on failure and at exit. At exit, threads of a
     * build stopped by a signal may still add files while it is removed, so it takes a few passes, until they fail.
     */
    static void deleteQuietly(Path folder) {
        for (int pass = 0; pass < 20 && Files.exists(folder); pass++) {
            if (pass > 0) pause();
            deleteOnce(folder);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteOnce(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: what remains is in a temporary or staging location, never a published path
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // as above
        }
    }

    /** Takes back a cleanup hook once the work it guards has ended, unless the JVM is already running it. */
    static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException exiting) {
            // The JVM is already exiting, and the hook is running or has run.
        }
    }
}
