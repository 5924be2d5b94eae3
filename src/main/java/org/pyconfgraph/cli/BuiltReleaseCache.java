package org.pyconfgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.publish.http.BuildStamp;
import org.pyconfgraph.publish.server.PublishingServer;
import org.pyconfgraph.release.BuildPhases;
import org.pyconfgraph.release.ExportException;
import org.pyconfgraph.release.DatabaseInUse;
import org.pyconfgraph.release.ReleaseFolder;

/**
 * Release folders that {@code serve} built from sources, kept beside the program to be served again: the first
 * start builds the sources into a folder (validated, inferred, dumps written, loaded into TDB2) and serves it;
 * later starts serve that folder directly, as {@code serve --release} would. A folder is reused only for the same
 * source files (a SHA-256 of every file's name and bytes), the same build of this program (its build stamp: the
 * code that validates, infers and writes), the same base and the same literal limit; any difference builds a new
 * one. The last few folders are kept; one still open in another process is never removed.
 */
final class BuiltReleaseCache {
    /** The folder beside the jar (or the classes folder) that holds the cached releases. */
    static final String FOLDER = "release-cache";
    private static final int KEPT = 4;
    /** A staging folder older than this was left by a build that was killed; no build takes this long. */
    private static final Duration ABANDONED = Duration.ofHours(6);
    /** What the build reads of a source tree. */
    private static final List<String> SOURCE_FOLDERS = List.of("ontology", "data", "queries");

    private final Path directory;

    BuiltReleaseCache(Path directory) {
        this.directory = directory;
    }

    /** The cache beside this program's jar or classes folder. */
    static BuiltReleaseCache besideProgram() {
        try {
            Path code = Path.of(BuiltReleaseCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new BuiltReleaseCache(code.toAbsolutePath().getParent().resolve(FOLDER));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new IllegalStateException("cannot tell where this program is: " + e, e);
        }
    }

    Path directory() { return directory; }

    /**
     * The release of {@code tree} for these settings, from its cached folder, built there first if there is none.
     * Where the cache cannot be used (a folder that cannot be written, a release another process holds open),
     * the sources are built into memory instead, as without a cache.
     *
     * @throws org.pyconfgraph.load.LoadException             if the sources cannot be read
     * @throws org.pyconfgraph.validate.ValidationException if they do not conform
     */
    PublishingContext open(SourceTree tree, ServerSettings settings) {
        Path folder = directory.resolve(key(tree, settings));
        try {
            if (!Files.isDirectory(folder)) build(tree, settings, folder);
            PublishingContext context = PublishingContext.ofReleaseFolder(folder, settings);
            Files.setLastModifiedTime(folder, FileTime.from(Instant.now()));
            evictBeyond(folder);
            return context;
        } catch (ExportException | DatabaseInUse | DBOpEnvException | IOException | UncheckedIOException e) {
            System.err.println("pyconf-graph: the release cache in " + directory + " cannot be used (" + e.getMessage()
                + "); building the sources into memory");
            return PublishingContext.ofSources(tree, settings);
        }
    }

    private void build(SourceTree tree, ServerSettings settings, Path folder) throws IOException {
        Files.createDirectories(directory);
        try {
            // With the indexes build --out writes: otherwise the first home page and the first document would each
            // sort the whole store, in a request.
            ReleaseFolder.build(tree, settings.iriSpace(), folder, BuildPhases.untracked(),
                PublishingServer.releaseIndexes());
        } catch (ExportException e) {
            // Another start built the same release meanwhile: it is the same one, serve it.
            if (!Files.isDirectory(folder)) throw e;
        }
    }

    /** The name of the folder: what went into the release, hashed. */
    static String key(SourceTree tree, ServerSettings settings) {
        MessageDigest sha = sha256();
        BuildStamp build = BuildStamp.current();
        line(sha, "build " + build.id() + " " + build.time());
        line(sha, "base " + settings.iriSpace().base());
        line(sha, "max-literal-length " + tree.maxLiteralLength());
        for (Path file : sourceFiles(tree)) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                line(sha, "file " + tree.displayName(file) + " " + bytes.length);
                sha.update(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 24);
    }

    private static List<Path> sourceFiles(SourceTree tree) {
        return SOURCE_FOLDERS.stream().map(tree.root()::resolve).filter(Files::isDirectory).flatMap(folder -> {
            try (Stream<Path> files = Files.walk(folder)) {
                return files.filter(Files::isRegularFile).toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sorted(Comparator.comparing(tree::displayName)).toList();
    }

    /** Removes the least recently served folders beyond the kept number, and staging folders of killed builds. */
    private void evictBeyond(Path current) throws IOException {
        List<Path> entries;
        try (Stream<Path> listed = Files.list(directory)) {
            entries = listed.filter(Files::isDirectory).toList();
        }
        Instant abandoned = Instant.now().minus(ABANDONED);
        List<Path> releases = entries.stream().filter(p -> !p.getFileName().toString().startsWith("."))
            .sorted(Comparator.comparing(BuiltReleaseCache::lastModified).reversed()).toList();
        for (Path old : releases.subList(Math.min(KEPT, releases.size()), releases.size()))
            if (!old.equals(current) && !inUse(old)) deleteQuietly(old);
        for (Path staging : entries)
            if (staging.getFileName().toString().startsWith(".") && lastModified(staging).isBefore(abandoned))
                deleteQuietly(staging);
    }

    /** True while a live process holds the folder's database (TDB2's lock file names its process). */
    private static boolean inUse(Path folder) {
        Path lock = folder.resolve("tdb2").resolve("tdb.lock");
        try {
            if (!Files.exists(lock)) return false;
            long pid = Long.parseLong(Files.readString(lock, StandardCharsets.US_ASCII).trim());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return true;
        }
    }

    private static Instant lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Left for the next start to try again.
        }
    }

    private static void line(MessageDigest sha, String text) {
        sha.update((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
