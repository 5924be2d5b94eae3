package org.pyconfgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.pyconfgraph.load.QueryParser;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.release.Release;
import org.pyconfgraph.release.ReleaseBuilder;
import org.pyconfgraph.store.UnionDefaultGraphView;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs one SPARQL query against the validated release, in memory, with no server and no outbound calls. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = {
        "Runs a SPARQL query against the validated release, in memory. The default graph is the union of the "
            + "named graphs (ontology, facts, inferred, metadata); GRAPH reaches each by name. Relative IRIs "
            + "resolve against the base, so PREFIX pcg: <vocab#> works. SERVICE is refused: no outbound calls.",
        "Exit code 2 for a malformed query (file:line:column), a format that does not fit the query, or "
            + "sources that are not publishable."})
final class QueryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin SourceOptions sources;
    @Mixin BaseOption base;

    @Option(names = "--format", paramLabel = "FORMAT",
        description = "One of ${COMPLETION-CANDIDATES}. Default: text (a table) for SELECT and ASK, "
            + "ttl for CONSTRUCT and DESCRIBE.")
    QueryOutput format;

    @ArgGroup(exclusive = true, multiplicity = "1")
    QuerySource source;

    /** The query as text on the command line, or a file holding it. */
    static final class QuerySource {
        @Parameters(paramLabel = "QUERY", description = "The SPARQL query.")
        String text;

        @Option(names = "--file", paramLabel = "F.rq", description = "A file holding the SPARQL query.")
        Path file;

        /** How errors name the query. */
        String name() { return file == null ? "query" : file.toString(); }

        String read() {
            if (file == null) return text;
            try {
                return Files.readString(file);
            } catch (IOException e) {
                String reason = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
                throw new IllegalArgumentException(file + ": cannot read: " + reason, e);
            }
        }
    }

    @Override
    public Integer call() {
        IriSpace iris = base.iriSpace();
        Query query = QueryParser.parse(source.name(), source.read(), iris.base());
        QueryOutput output = format == null ? QueryOutput.defaultFor(query) : format;
        output.requireFits(query);
        Release release = new ReleaseBuilder(sources.tree(), iris).build();

        ByteArrayOutputStream results = new ByteArrayOutputStream();
        DatasetGraph dataset = release.dataset();
        Txn.executeRead(dataset, () -> {
            // Runs to its end before anything is printed: a failing query prints no partial results.
            try (QueryExec exec = QueryExec.dataset(new UnionDefaultGraphView(dataset)).query(query)
                     .set(ARQ.httpServiceAllowed, false).build()) {
                output.write(query, exec, release.writers(), results);
            } catch (QueryDeniedException e) {
                throw new IllegalArgumentException(source.name() + ": SERVICE is not allowed: "
                    + "this command makes no outbound calls", e);
            }
        });
        PrintWriter printer = spec.commandLine().getOut();
        printer.print(results.toString(StandardCharsets.UTF_8));
        printer.flush();
        return 0;
    }
}
