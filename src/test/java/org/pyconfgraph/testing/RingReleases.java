package org.pyconfgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import org.apache.jena.tdb2.sys.TDBInternal;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.release.ReleaseDirectory;
import org.pyconfgraph.release.ReleaseFolder;

/**
 * A release directory of the ring fixture for tests of switching: each release built by {@code build --out}'s
 * code from a copy of the fixture with its own dataset title and extra data, so that each has its own id.
 */
public record RingReleases(Path directory, String base) {
    private static final Path RING = Path.of("src/test/resources/fixtures/ring");

    public static RingReleases in(Path directory, String base) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RingReleases(directory, base);
    }

    /** Builds the release folder {@code name} with a line of Turtle added to the ring's data; returns its id. */
    public String build(String name, String extraData) {
        try {
            Path sources = directory.resolveSibling("sources-" + name);
            copy(RING, sources);
            Files.writeString(sources.resolve("data/ring.ttl"), extraData, StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
            Path metadata = sources.resolve("data/metadata/dataset.ttl");
            Files.writeString(metadata, Files.readString(metadata).replace("ring fixture", "ring fixture " + name));
            ReleaseFolder built = ReleaseFolder.build(SourceTree.directory(sources), IriSpace.of(base),
                directory.resolve(name));
            // Let go of the database, as the build command's process does on exit: a server may run elsewhere.
            TDBInternal.expel(built.release().dataset());
            return built.release().id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a release folder without its manifest: what a broken or half-copied release looks like. */
    public void breakCopy(String of, String name) {
        try {
            copy(directory.resolve(of), directory.resolve(name));
            Files.delete(directory.resolve(name).resolve("manifest.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points current at a folder as an operator would: a new file holding its name, renamed over the old one. */
    public void point(String folder) {
        try {
            Path next = directory.resolve(".current.next");
            Files.writeString(next, folder + "\n");
            Files.move(next, directory.resolve(ReleaseDirectory.CURRENT), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points current at a folder with a symbolic link, renamed over the old one. */
    public void link(String folder) {
        try {
            Path next = directory.resolve(".current.next");
            Files.deleteIfExists(next);
            Files.createSymbolicLink(next, Path.of(folder));
            Files.move(next, directory.resolve(ReleaseDirectory.CURRENT), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else Files.copy(file, target);
            }
        }
    }
}
