package org.pyconfgraph.publish.sparql;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.expr.aggregate.AggregatorBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * An aggregate added to a grouping to count its groups: ARQ makes one accumulator per group and aggregate, so
 * making one here means a new group. A grouping holds its groups, not its solutions, so this is what to limit;
 * the value is never projected.
 */
final class GroupCounter extends AggregatorBase {
    private static final Var VARIABLE = Var.alloc(".groups");
    private final QueryAllowance allowance;
    private long groups;

    private GroupCounter(QueryAllowance allowance) {
        super("GROUPS", false, (ExprList) null);
        this.allowance = allowance;
    }

    /** The aggregate to add to one grouping of one execution. */
    static ExprAggregator forGrouping(QueryAllowance allowance) {
        return new ExprAggregator(VARIABLE, new GroupCounter(allowance));
    }

    @Override
    public Accumulator createAccumulator() {
        if (++groups > allowance.limits().maxHeldSolutions())
            throw new LimitExceeded("the grouping would hold more than " + allowance.limits().maxHeldSolutions()
                + " groups, this endpoint's limit");
        return new Accumulator() {
            @Override
            public void accumulate(Binding binding, FunctionEnv env) {}

            @Override
            public NodeValue getValue() { return NodeValue.nvZERO; }
        };
    }

    @Override
    public Node getValueEmpty() { return NodeFactoryExtra.intToNode(0); }

    @Override
    public Aggregator copy(ExprList exprs) { return new GroupCounter(allowance); }

    @Override
    public boolean equals(Aggregator other, boolean bySyntax) { return other == this; }

    @Override
    public int hashCode() { return System.identityHashCode(this); }
}
