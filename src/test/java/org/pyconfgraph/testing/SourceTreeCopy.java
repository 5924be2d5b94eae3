package org.pyconfgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.pyconfgraph.load.SourceTree;

/** A copy of this checkout's sources in a temporary folder, for tests that break or edit them. */
public final class SourceTreeCopy {
    private final Path root;

    private SourceTreeCopy(Path root) {
        this.root = root;
    }

    public static SourceTreeCopy of(Path tempDir) {
        return of(Path.of(""), tempDir);
    }

    /** A copy of another tree, such as a test fixture's (its folders that exist). */
    public static SourceTreeCopy of(Path tree, Path tempDir) {
        for (String folder : new String[] {"ontology", "data", "queries"})
            if (Files.isDirectory(tree.resolve(folder))) copy(tree.resolve(folder), tempDir.resolve(folder));
        return new SourceTreeCopy(tempDir);
    }

    public Path root() { return root; }

    public SourceTree tree() { return SourceTree.directory(root); }

    /** Writes (or replaces) a file of the copy, e.g. {@code write("data/broken.ttl", "...")}. */
    public SourceTreeCopy write(String relativePath, String content) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) Files.createDirectories(target);
                else Files.copy(path, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
