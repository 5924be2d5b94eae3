package org.pyconfgraph.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * A SHACL-SPARQL constraint of a node shape run once for all the shape's focus nodes, where Jena's engine runs
 * (and plans) its query once per focus node with {@code $this} pre-bound. The query gets a {@code VALUES $this}
 * block of the focus nodes at the head of its WHERE clause, and each row is reported as Jena reports it.
 * <p>
 * That gives the same rows only for queries where every use of {@code $this} sees the VALUES binding, so
 * {@link #isBatchable} admits a query only if {@code $this} is projected and, in filters and binds, used only in the
 * outermost group (anywhere inside its EXISTS and NOT EXISTS, which are evaluated per row); grouping is by
 * {@code $this}; a MINUS does not name it (its pattern is then the same for every focus node); and it has none of
 * LIMIT, OFFSET, VALUES, SERVICE, GRAPH, subqueries, FROM, nor the other pre-bound variables. Any other query stays with Jena's per-node evaluation.
 */
final class BatchedSparqlConstraint {
    private static final Var THIS = Var.alloc("this");
    private static final Var VALUE = Var.alloc("value");
    private static final Var PATH = Var.alloc("path");
    private static final Pattern MENTIONS_THIS = Pattern.compile("[?$]this\\b");
    private static final Pattern MENTIONS_OTHER_PRE_BOUND = Pattern.compile("[?$](currentShape|shapesGraph|PATH)\\b");

    /**
     * Focus nodes per query: a query's VALUES block and what it holds while it runs (a grouping's groups) stay this
     * size whatever the number of focus nodes; each row still names its own, so chunks give the same rows.
     */
    static final int CHUNK = 10_000;

    private final Shape shape;
    private final SparqlConstraint constraint;
    private final int chunk;

    /** @param chunk the most focus nodes one query gets */
    BatchedSparqlConstraint(Shape shape, SparqlConstraint constraint, int chunk) {
        this.shape = shape;
        this.constraint = constraint;
        this.chunk = chunk;
    }

    /** Adds to the report the entries Jena's per-node evaluation gives for every focus node of the shape. */
    void validate(Graph data, ValidationReport.Builder report) {
        if (shape.deactivated()) return;
        List<Node> focusNodes = new ArrayList<>(VLib.focusNodes(data, shape));
        for (int from = 0; from < focusNodes.size(); from += chunk) {
            List<Node> some = focusNodes.subList(from, Math.min(focusNodes.size(), from + chunk));
            try (QueryExec exec = QueryExec.graph(data).query(withFocusNodes(constraint.getQuery(), some)).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) report(rows.next(), report);
            }
        }
    }

    /** As {@code SparqlValidation} in Jena reports a row of a node shape's SELECT constraint. */
    private void report(Binding row, ValidationReport.Builder report) {
        Node focusNode = row.get(THIS);
        Node value = row.contains(VALUE) ? row.get(VALUE) : focusNode;
        String template = constraint.getMessage();
        String message = template == null
            ? "SPARQL SELECT constraint for " + ShLib.displayStr(focusNode) + " returns " + ShLib.displayStr(value)
            : substitute(template, row);
        Node path = row.get(PATH);
        report.addReportEntry(message, shape, focusNode, path == null ? null : PathFactory.pathLink(path), value,
            constraint, shape.getShapeNode());
    }

    /** Jena's message template substitution: {@code {?var}} and {@code {$var}} by each value of the row, in turn. */
    private static String substitute(String template, Binding row) {
        String message = template;
        for (var vars = row.vars(); vars.hasNext(); ) {
            Var var = vars.next();
            Node node = row.get(var);
            String text = node.isLiteral() ? node.getLiteralLexicalForm() : ShLib.displayStr(node);
            message = message.replaceAll("\\{[?$]" + Matcher.quoteReplacement(var.getVarName()) + "\\}",
                Matcher.quoteReplacement(text));
        }
        return message;
    }

    private static Query withFocusNodes(Query query, List<Node> focusNodes) {
        ElementData values = new ElementData(List.of(THIS), new ArrayList<>(focusNodes.size()));
        focusNodes.forEach(node -> values.add(BindingFactory.binding(THIS, node)));
        ElementGroup where = new ElementGroup();
        where.addElement(values);
        ((ElementGroup) query.getQueryPattern()).getElements().forEach(where::addElement);
        Query batched = query.cloneQuery();
        batched.setQueryPattern(where);
        return batched;
    }

    /** Whether running the query once with its focus nodes as VALUES gives exactly the rows of each pre-bound run. */
    static boolean isBatchable(Query query) {
        if (!query.isSelectType() || query.isQueryResultStar() || query.hasLimit() || query.hasOffset()
            || query.hasValues() || query.hasDatasetDescription()) return false;
        if (!query.getProjectVars().contains(THIS) || query.getProject().hasExpr(THIS)) return false;
        if ((query.hasGroupBy() || query.hasAggregators())
            && !(query.getGroupBy().getVars().contains(THIS) && query.getGroupBy().getExprs().get(THIS) == null))
            return false;
        if (MENTIONS_OTHER_PRE_BOUND.matcher(query.serialize()).find()) return false;
        if (!(query.getQueryPattern() instanceof ElementGroup where)) return false;
        return where.getElements().stream().allMatch(BatchedSparqlConstraint::outermostSafe);
    }

    /** An element of the outermost group: its filters and binds are evaluated on rows that hold $this. */
    private static boolean outermostSafe(Element element) {
        if (element instanceof ElementFilter) return true;
        return nestedOrOutermostSafe(element, BatchedSparqlConstraint::outermostSafe);
    }

    /** An element inside a nested group, evaluated before it is joined with $this: only patterns may name it. */
    private static boolean nestedSafe(Element element) {
        if (element instanceof ElementFilter filter) return !mentionsThis(filter.getExpr());
        return nestedOrOutermostSafe(element, BatchedSparqlConstraint::nestedSafe);
    }

    private static boolean nestedOrOutermostSafe(Element element, Predicate<Element> sameLevel) {
        if (element instanceof ElementPathBlock || element instanceof ElementTriplesBlock) return true;
        if (element instanceof ElementBind bind)
            return !bind.getVar().equals(THIS) && sameLevel.test(new ElementFilter(bind.getExpr()));
        if (element instanceof ElementOptional optional) return nestedSafe(optional.getOptionalElement());
        if (element instanceof ElementMinus minus) return !MENTIONS_THIS.matcher(minus.getMinusElement().toString()).find();
        if (element instanceof ElementUnion union) return union.getElements().stream().allMatch(BatchedSparqlConstraint::nestedSafe);
        if (element instanceof ElementGroup group) return group.getElements().stream().allMatch(BatchedSparqlConstraint::nestedSafe);
        return false;
    }

    /** Read from the expression as written, EXISTS patterns included; a literal naming it only costs the batching. */
    private static boolean mentionsThis(Expr expr) {
        return MENTIONS_THIS.matcher(expr.toString()).find();
    }

    @Override
    public String toString() { return shape.getShapeNode() + " " + constraint; }
}
