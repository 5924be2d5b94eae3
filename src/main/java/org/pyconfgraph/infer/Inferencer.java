package org.pyconfgraph.infer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pyconfgraph.load.LoadException;
import org.pyconfgraph.load.QueryParser;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;

/**
 * Materialises the inferred graph by running each CONSTRUCT rule of {@code ontology/rules/} over the
 * asserted graphs. Rules are SPARQL (1.1, and LATERAL) so that anyone can read what a consumer receives and why.
 */
public final class Inferencer {
    private final List<Query> rules;

    private Inferencer(List<Query> rules) {
        this.rules = rules;
    }

    public static Inferencer fromRules(SourceTree tree, IriSpace iris) {
        return new Inferencer(tree.ruleFiles().stream().map(f -> parse(tree.displayName(f), f, iris)).toList());
    }

    /**
     * Runs the rules once, in file order, each over the asserted graph (rules do not feed each other). Each rule's
     * triples stream into the inferred graph, which drops duplicates, rather than into a graph of their own first.
     */
    public Graph infer(Graph asserted) {
        Graph inferred = GraphFactory.createDefaultGraph();
        infer(rule -> QueryExec.graph(asserted).query(rule), inferred::add);
        return inferred;
    }

    /**
     * Runs the rules once, in file order, each through the query execution {@code over} builds for it (over the
     * asserted graphs, such as a database's), handing each triple to {@code sink} as the rule constructs it: nothing
     * is held here, and a triple two rules construct reaches the sink twice.
     */
    public void infer(Function<Query, QueryExecBuilder> over, Consumer<Triple> sink) {
        for (Query rule : rules) {
            try (QueryExec exec = over.apply(rule).build()) {
                exec.constructTriples().forEachRemaining(sink);
            }
        }
    }

    private static Query parse(String name, Path file, IriSpace iris) {
        try {
            Query query = QueryParser.parseRule(name, Files.readString(file), iris.base());
            if (!query.isConstructType())
                throw new LoadException(name + ": an inference rule must be a CONSTRUCT query");
            return query;
        } catch (IOException e) {
            throw new LoadException(name + ": cannot read: " + e.getMessage());
        }
    }
}
