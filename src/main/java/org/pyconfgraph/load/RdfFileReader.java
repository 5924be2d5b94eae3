package org.pyconfgraph.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pyconfgraph.model.IriSpace;

/** Parses source Turtle against the instance's base, turning parser complaints into file:line messages. */
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
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                GraphUtil.addInto(graph, read(file));
            } catch (LoadException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new LoadException(String.join("\n", problems));
        return graph;
    }

    public Graph read(Path file) {
        String name = tree.displayName(file);
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.source(in)
                .lang(Lang.TURTLE)
                .base(iris.base())
                .errorHandler(new FileErrorHandler(name))
                .parse(graph);
        } catch (RiotException e) {
            throw new LoadException(e.getMessage().startsWith(name) ? e.getMessage() : name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new LoadException(name + ": cannot read: " + e.getMessage());
        }
        return graph;
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
