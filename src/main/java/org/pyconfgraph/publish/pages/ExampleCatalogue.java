package org.pyconfgraph.publish.pages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.pyconfgraph.load.ExampleQueries;
import org.pyconfgraph.load.ExampleQueries.Example;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.Lazy;
import org.pyconfgraph.publish.PublishingContext;

/**
 * The example queries of {@code queries/}, as the pages offer them: listed, as files, as JSON for the query editor,
 * and each runnable in the editor (its tab is named by the query's file name). Read and parsed by the first request
 * that shows them, not at start: no first answer needs them (the release's build checked them already).
 */
final class ExampleCatalogue {
    static final String PATH = "/queries/";
    static final String FILE_SUFFIX = ".rq";

    private final Lazy<List<Example>> examples;
    private final Lazy<String> digest;
    private final IriSpace iris;

    ExampleCatalogue(PublishingContext context) {
        this.examples = Lazy.of(() -> ExampleQueries.load(context.sources(), context.iris()));
        this.iris = context.iris();
        this.digest = Lazy.of(() -> digest(examples.get()));
    }

    List<Example> examples() { return examples.get(); }

    Optional<Example> byName(String name) {
        return examples().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * An ETag variant for a representation made from the examples. The release id covers the data only, so the
     * examples' own digest is added: an edited query is a new representation even within one release.
     */
    String variant(String kind) { return kind + "-" + digest.get(); }

    String fileUrl(Example example) { return iris.resolve(PATH.substring(1) + example.name() + FILE_SUFFIX); }

    private static String digest(List<Example> examples) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            examples.forEach(e -> sha.update((e.name() + '\n' + e.text() + '\n').getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the query editor on the example's tab and runs it (see {@code assets/query-editor.js}). */
    String runUrl(Example example) { return iris.resolve(QueryEditorPage.PATH.substring(1) + "#" + example.name()); }
}
