package org.pyconfgraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pyconfgraph.model.IriSpace;

/**
 * Every cited source is declared. The shapes say which node cites an unknown source; this says where in the
 * files, because a mistyped source key is found by file and line, not by the IRI it turned into.
 */
public final class CitedSources {
    /** Where source keys live: {@code source:W10} is {@code <id/source/W10>}. */
    static final String SOURCE_PATH = "id/source/";

    private CitedSources() {}

    /** Throws naming file, line and key for each citation of a source the facts do not declare. */
    public static void requireDeclared(SourceTree tree, IriSpace iris, Graph facts) {
        Node sourceClass = NodeFactory.createURI(iris.term("Source"));
        Set<String> unknown = new TreeSet<>();
        facts.find(Node.ANY, DCTerms.source.asNode(), Node.ANY).mapWith(Triple::getObject)
            .filterDrop(source -> facts.contains(source, RDF.type.asNode(), sourceClass))
            .forEachRemaining(source -> unknown.add(source.isURI() ? source.getURI() : source.toString()));
        if (unknown.isEmpty()) return;
        List<String> problems = new ArrayList<>();
        for (String iri : unknown) {
            List<String> places = citations(tree, iris, iri);
            String what = describe(iris, iri);
            if (places.isEmpty()) problems.add("cites " + what + ", which no pcg:Source declares");
            places.forEach(place -> problems.add(place + ": cites " + what + ", which no pcg:Source declares"
                + " (an unknown source key? sources are declared in data/sources.ttl)"));
        }
        throw new LoadException(String.join("\n", problems));
    }

    private static String describe(IriSpace iris, String iri) {
        String relative = iris.relativePath(iri);
        return relative != null && relative.startsWith(SOURCE_PATH)
            ? "source:" + relative.substring(SOURCE_PATH.length()) : "<" + iri + ">";
    }

    /** The file:line of every line that writes the IRI, as a prefixed name, a relative IRI or in full. */
    private static List<String> citations(SourceTree tree, IriSpace iris, String iri) {
        String relative = iris.relativePath(iri);
        List<String> spellings = new ArrayList<>(List.of("<" + iri + ">"));
        if (relative != null) spellings.add("<" + relative + ">");
        if (relative != null && relative.startsWith(SOURCE_PATH)) spellings.add("source:" + relative.substring(SOURCE_PATH.length()));
        List<String> places = new ArrayList<>();
        for (Path file : tree.dataFiles()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (spellings.stream().anyMatch(s -> containsToken(line, s)))
                    places.add(tree.displayName(file) + ":" + (i + 1));
            }
        }
        return places;
    }

    /** True if the spelling occurs and is not the start of a longer name (source:W1 in source:W10). */
    private static boolean containsToken(String line, String spelling) {
        for (int at = line.indexOf(spelling); at >= 0; at = line.indexOf(spelling, at + 1)) {
            int end = at + spelling.length();
            if (end == line.length() || !isNameChar(line.charAt(end))) return true;
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '%';
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
