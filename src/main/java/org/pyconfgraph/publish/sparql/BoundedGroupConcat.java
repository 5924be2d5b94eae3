package org.pyconfgraph.publish.sparql;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.expr.aggregate.AggregatorBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * GROUP_CONCAT, as in SPARQL 1.1, within the query's string budget: each group's string may grow to one string's
 * limit, and what the groups compute counts towards the query's total like any string function's result. ARQ's
 * own builds the string with no bound, so a grouping over many long values would fill the heap.
 */
final class BoundedGroupConcat extends AggregatorBase {
    private static final String DEFAULT_SEPARATOR = " ";
    private final String separator;
    private final QueryAllowance allowance;

    private BoundedGroupConcat(Expr expr, boolean distinct, String separator, QueryAllowance allowance) {
        super("GROUP_CONCAT", distinct, expr);
        this.separator = separator;
        this.allowance = allowance;
    }

    /** The bounded form of a GROUP_CONCAT aggregate, or the aggregate itself if it is another one. */
    static ExprAggregator bounded(ExprAggregator aggregate, QueryAllowance allowance) {
        Aggregator aggregator = aggregate.getAggregator();
        if (aggregator instanceof AggGroupConcat concat)
            return new ExprAggregator(aggregate.getVar(),
                new BoundedGroupConcat(concat.getExprList().get(0), false, concat.getSeparator(), allowance));
        if (aggregator instanceof AggGroupConcatDistinct concat)
            return new ExprAggregator(aggregate.getVar(),
                new BoundedGroupConcat(concat.getExprList().get(0), true, concat.getSeparator(), allowance));
        return aggregate;
    }

    @Override
    public Accumulator createAccumulator() { return new Concatenation(getExpr(), isDistinct, effectiveSeparator()); }

    private String effectiveSeparator() { return separator == null ? DEFAULT_SEPARATOR : separator; }

    @Override
    public Node getValueEmpty() { return NodeFactoryExtra.createLiteralNode("", null, null); }

    @Override
    public Aggregator copy(ExprList exprs) { return new BoundedGroupConcat(exprs.get(0), isDistinct, separator, allowance); }

    @Override
    public boolean equals(Aggregator other, boolean bySyntax) { return other == this; }

    @Override
    public int hashCode() { return System.identityHashCode(this); }

    /** One group's string, checked as it grows and counted when it is done. */
    private final class Concatenation extends AccumulatorExpr {
        private final StringBuilder value = new StringBuilder();
        private final String separator;
        private boolean first = true;

        Concatenation(Expr expr, boolean distinct, String separator) {
            super(expr, distinct);
            this.separator = separator;
        }

        @Override
        protected void accumulate(NodeValue nv, Binding binding, FunctionEnv env) {
            String string = nv.asString();
            allowance.growing(value.length() + (first ? 0 : separator.length()) + string.length());
            if (!first) value.append(separator);
            value.append(string);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {}

        @Override
        protected NodeValue getAccValue() { return NodeValue.makeString(allowance.computed(value.toString())); }
    }
}
