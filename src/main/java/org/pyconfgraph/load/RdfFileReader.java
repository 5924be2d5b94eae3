package org.pyconfgraph.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pyconfgraph.model.IriSpace;

/**
 * Parses source Turtle against the instance's base, turning parser complaints into file:line messages. A literal
 * longer than the tree's {@link SourceTree#maxLiteralLength()} is refused too: every page and document that shows
 * it would carry it, to every client at once.
 */
public final class RdfFileReader {
    private final SourceTree tree;
    private final IriSpace iris;

    public RdfFileReader(SourceTree tree, IriSpace iris) {
        this.tree = tree;
        this.iris = iris;
    }

    /** Reads every file into one graph, or fails naming every file and line that is wrong. */
    public Graph readAll(List<Path> files) {
        Graph graph = GraphFactory.createDefaultGraph();
        readAll(files, StreamRDFLib.graph(graph));
        return graph;
    }

    /**
     * Streams every file's triples into {@code sink}, or fails naming every file and line that is wrong. On failure
     * the sink may have received part of the files: it is for a build that is then thrown away.
     */
    public void readAll(List<Path> files, StreamRDF sink) {
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                read(file, sink);
            } catch (LoadException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new LoadException(String.join("\n", problems));
    }

    public Graph read(Path file) {
        Graph graph = GraphFactory.createDefaultGraph();
        read(file, StreamRDFLib.graph(graph));
        return graph;
    }

    /**
     * Streams the file's triples into {@code sink} as it parses. A syntax error is reported before an overlong
     * literal, as when the whole file was parsed first: the first such literal is remembered and reported at the end.
     */
    public void read(Path file, StreamRDF sink) {
        String name = tree.displayName(file);
        LiteralLimit limit = new LiteralLimit(sink, tree.maxLiteralLength());
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.source(in)
                .lang(Lang.TURTLE)
                .base(iris.base())
                .labelToNode(blankNodesOf(name))
                .errorHandler(new FileErrorHandler(name))
                .parse(limit);
        } catch (RiotException e) {
            throw new LoadException(e.getMessage().startsWith(name) ? e.getMessage() : name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new LoadException(name + ": cannot read: " + e.getMessage());
        }
        String overlong = limit.firstOverlong();
        if (overlong != null)
            throw new LoadException(name + where(file, overlong) + ": a literal of " + overlong.length()
                + " characters, longer than the " + tree.maxLiteralLength() + " a source may hold (--max-literal-length)");
    }

    /**
     * Blank nodes labelled from the file's name and their place in it, not from a random seed as Jena's parser does
     * by default: the dumps write those labels, and the release id digests the dumps, so the same sources must give
     * the same labels on every parse. Each file keeps its own scope: {@code _:a} in two files is two nodes.
     */
    private static LabelToNode blankNodesOf(String fileName) {
        return LabelToNode.createScopeByDocumentHash(UUID.nameUUIDFromBytes(fileName.getBytes(StandardCharsets.UTF_8)));
    }

    /** Passes triples on, remembering the first literal longer than the limit. */
    private static final class LiteralLimit extends StreamRDFWrapper {
        private final int max;
        private String firstOverlong;

        LiteralLimit(StreamRDF sink, int max) {
            super(sink);
            this.max = max;
        }

        @Override
        public void triple(Triple triple) {
            Node object = triple.getObject();
            if (firstOverlong == null && object.isLiteral() && object.getLiteralLexicalForm().length() > max)
                firstOverlong = object.getLiteralLexicalForm();
            super.triple(triple);
        }

        String firstOverlong() { return firstOverlong; }
    }

    /** ":line" of the literal's first characters in the file, as written there, or nothing if it is escaped. */
    private static String where(Path file, String literal) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int at = text.indexOf(literal.substring(0, Math.min(64, literal.length())));
            return at < 0 ? "" : ":" + (text.substring(0, at).chars().filter(c -> c == '\n').count() + 1);
        } catch (IOException e) {
            return "";
        }
    }

    /** Warnings are errors too: a source file must be clean. */
    private record FileErrorHandler(String file) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) { fail(message, line, col); }
        @Override public void error(String message, long line, long col) { fail(message, line, col); }
        @Override public void fatal(String message, long line, long col) { fail(message, line, col); }

        private void fail(String message, long line, long col) {
            String where = line > 0 ? file + ":" + line + (col > 0 ? ":" + col : "") : file;
            throw new RiotException(where + ": " + message);
        }
    }
}
