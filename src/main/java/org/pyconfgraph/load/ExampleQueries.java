package org.pyconfgraph.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Query;
import org.pyconfgraph.model.IriSpace;

/**
 * The example queries of {@code queries/}. Each file starts with comment lines {@code # title: …} and
 * {@code # question: …}; relative IRIs (e.g. {@code PREFIX pcg: <vocab#>}) resolve against the instance's base.
 */
public final class ExampleQueries {

    /** One example query: its file name, what it answers, its text as written, and its parsed form. */
    public record Example(String name, String title, String question, String text, Query query) {}

    private ExampleQueries() {}

    public static List<Example> load(SourceTree tree, IriSpace iris) {
        return tree.queryFiles().stream().map(f -> load(tree, f, iris)).toList();
    }

    private static Example load(SourceTree tree, Path file, IriSpace iris) {
        String displayName = tree.displayName(file);
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".rq".length());
        try {
            String text = Files.readString(file);
            Query query = QueryParser.parse(displayName, text, iris.base());
            return new Example(name, header(text, "title", name), header(text, "question", ""), text, query);
        } catch (IOException e) {
            throw new LoadException(displayName + ": cannot read: " + e.getMessage());
        }
    }

    private static String header(String text, String key, String fallback) {
        String prefix = "# " + key + ":";
        return text.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).trim())
            .findFirst().orElse(fallback);
    }
}
