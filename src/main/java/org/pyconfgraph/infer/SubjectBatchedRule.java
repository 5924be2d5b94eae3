package org.pyconfgraph.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.pyconfgraph.load.LeadingValues;

/**
 * A rule whose subqueries each group by the subject of every triple it constructs (a summary per event, say), run
 * for a batch of subjects at a time. Run whole, each such subquery groups every subject of the store and the rule
 * joins the groups in hash tables: memory that grows with the data (at a million events, gigabytes). Restricted to
 * a batch, in the rule's pattern and in every subquery's, each subject's rows are the same as the whole rule's, so
 * the rule constructs the same triples, batch after batch, in memory bounded by the batch.
 */
final class SubjectBatchedRule {
    private final Query rule;
    private final Var subject;

    private SubjectBatchedRule(Query rule, Var subject) {
        this.rule = rule;
        this.subject = subject;
    }

    /**
     * The rule run by batches of subjects, if it has subqueries (a rule without any streams from the store's
     * indexes and holds nothing) and running it so gives the same triples: every triple of its template has the
     * same variable as subject, and every subquery returns that variable as one of its groups, with no limit.
     */
    static Optional<SubjectBatchedRule> of(Query rule) {
        Set<Node> subjects = rule.getConstructTemplate().getTriples().stream()
            .map(t -> t.getSubject()).collect(Collectors.toSet());
        if (subjects.size() != 1 || !(subjects.iterator().next() instanceof Var subject)) return Optional.empty();
        List<Query> subqueries = subqueries(rule.getQueryPattern());
        if (subqueries.isEmpty() || !subqueries.stream().allMatch(q -> groupsBy(q, subject))) return Optional.empty();
        return Optional.of(new SubjectBatchedRule(rule, subject));
    }

    /** The rule for these subjects only: their rows lead its pattern and every subquery's. */
    Query forSubjects(List<Node> batch) {
        List<Var> vars = List.of(subject);
        List<Binding> rows = batch.stream().map(node -> BindingFactory.binding(subject, node)).toList();
        Query bound = LeadingValues.of(rule, vars, rows);
        subqueries(bound.getQueryPattern()).forEach(subquery -> LeadingValues.into(subquery, vars, rows));
        return bound;
    }

    private static boolean groupsBy(Query subquery, Var subject) {
        if (subquery.hasLimit() || subquery.hasOffset() || !subquery.getProjectVars().contains(subject)) return false;
        boolean grouped = subquery.hasGroupBy() || subquery.hasAggregators() || subquery.hasHaving();
        return !grouped || subquery.getGroupBy().getVars().contains(subject);
    }

    /** Every subquery in {@code pattern}, nested ones included (Jena's walker stops at a subquery). */
    private static List<Query> subqueries(Element pattern) {
        List<Query> found = new ArrayList<>();
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override public void visit(ElementSubQuery element) {
                found.add(element.getQuery());
                found.addAll(subqueries(element.getQuery().getQueryPattern()));
            }
        });
        return found;
    }
}
