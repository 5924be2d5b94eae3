package org.pyconfgraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the publishable sources live: {@code ontology/}, {@code data/} and {@code queries/}.
 * Either a directory (a checkout, for editing) or the copy bundled in the jar (for serving with no setup).
 */
public final class SourceTree {
    /** Classpath folder the build copies the three source folders into. */
    static final String BUNDLE = "/pyconfgraph-bundle";

    /**
     * Longest literal a source may hold by default, in characters: every page and document that shows it carries
     * it, to every client at once.
     */
    public static final int DEFAULT_MAX_LITERAL_LENGTH = 64 * 1024;

    private final Path root;
    private final int maxLiteralLength;

    private SourceTree(Path root, int maxLiteralLength) {
        this.root = root;
        this.maxLiteralLength = maxLiteralLength;
    }

    public static SourceTree directory(Path root) {
        if (!Files.isDirectory(root.resolve("data")) || !Files.isDirectory(root.resolve("ontology")))
            throw new LoadException(root + ": not a source tree (it needs data/ and ontology/ folders)");
        return new SourceTree(root, DEFAULT_MAX_LITERAL_LENGTH);
    }

    /** The sources bundled with this build. */
    public static SourceTree bundled() {
        URL marker = SourceTree.class.getResource(BUNDLE + "/ontology");
        if (marker == null)
            throw new LoadException("This build has no bundled sources (" + BUNDLE + " is missing from the classpath)");
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier call: Path.of below finds it
                }
            }
            return new SourceTree(Path.of(uri).getParent(), DEFAULT_MAX_LITERAL_LENGTH);
        } catch (URISyntaxException | IOException e) {
            throw new LoadException("Cannot open the bundled sources: " + e.getMessage());
        }
    }

    public Path root() { return root; }

    /** Longest literal a source may hold, in characters; reading refuses a longer one. */
    public int maxLiteralLength() { return maxLiteralLength; }

    public SourceTree withMaxLiteralLength(int characters) { return new SourceTree(root, characters); }

    /** Ontology and alignment files, sorted; shapes are kept apart. */
    public List<Path> ontologyFiles() {
        return list("ontology", ".ttl").stream().filter(p -> !p.equals(shapesFile())).toList();
    }

    public Path shapesFile() { return root.resolve("ontology").resolve("shapes.ttl"); }

    public Path jsonLdContext() { return root.resolve("ontology").resolve("context.jsonld"); }

    /** CONSTRUCT rules that build the inferred graph. */
    public List<Path> ruleFiles() { return list("ontology/rules", ".rq"); }

    public List<Path> dataFiles() { return list("data", ".ttl"); }

    /** The dataset's own description (title, licence, publisher, release date): the metadata graph's seed. */
    public List<Path> metadataFiles() { return list("data/metadata", ".ttl"); }

    public List<Path> queryFiles() { return list("queries", ".rq"); }

    private List<Path> list(String folder, String suffix) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's name as users know it, relative to the tree: {@code data/ipc.ttl}. */
    public String displayName(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
