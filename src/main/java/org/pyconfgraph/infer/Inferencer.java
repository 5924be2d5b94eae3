package org.pyconfgraph.infer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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
 * asserted graphs. Rules are plain SPARQL so that anyone can read what a consumer receives and why.
 */
public final class Inferencer {
    /** Subjects per run of a batched rule: enough that planning each run costs little beside it. */
    static final int BATCH = 4096;

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
        for (Query rule : rules) run(QueryExec.graph(asserted).query(rule), inferred::add);
        return inferred;
    }

    /**
     * Runs the rules once, in file order, each through the query execution {@code over} builds for it (over the
     * asserted graphs, such as a database's), handing each triple to {@code sink} as the rule constructs it: nothing
     * is held here, and a triple two rules construct reaches the sink twice. A rule whose subqueries group by its
     * subject ({@link SubjectBatchedRule}) runs for {@value #BATCH} of the {@code subjects} at a time, so that what
     * it holds is bounded by the batch; {@code subjects} gives every subject of the asserted graphs (in any order,
     * repeats only cost time) each time it is iterated.
     */
    public void infer(Function<Query, QueryExecBuilder> over, Iterable<Node> subjects, Consumer<Triple> sink) {
        infer(over, subjects, BATCH, sink);
    }

    void infer(Function<Query, QueryExecBuilder> over, Iterable<Node> subjects, int batchSize, Consumer<Triple> sink) {
        for (Query rule : rules) {
            Optional<SubjectBatchedRule> batched = SubjectBatchedRule.of(rule);
            if (batched.isEmpty()) {
                run(over.apply(rule), sink);
                continue;
            }
            Iterator<Node> remaining = subjects.iterator();
            while (remaining.hasNext()) {
                List<Node> batch = new ArrayList<>(batchSize);
                while (remaining.hasNext() && batch.size() < batchSize) batch.add(remaining.next());
                run(over.apply(batched.get().forSubjects(batch)), sink);
            }
        }
    }

    private static void run(QueryExecBuilder execution, Consumer<Triple> sink) {
        try (QueryExec exec = execution.build()) {
            exec.constructTriples().forEachRemaining(sink);
        }
    }

    private static Query parse(String name, Path file, IriSpace iris) {
        try {
            Query query = QueryParser.parse(name, Files.readString(file), iris.base());
            if (!query.isConstructType())
                throw new LoadException(name + ": an inference rule must be a CONSTRUCT query");
            return query;
        } catch (IOException e) {
            throw new LoadException(name + ": cannot read: " + e.getMessage());
        }
    }
}
