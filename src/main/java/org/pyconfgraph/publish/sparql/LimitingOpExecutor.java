package org.pyconfgraph.publish.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpMinus;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterDistinct;
import org.apache.jena.sparql.engine.iterator.QueryIterGroup;
import org.apache.jena.sparql.engine.iterator.QueryIterMinus;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.iterator.QueryIterTopN;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.engine.join.Join;
import org.apache.jena.sparql.engine.iterator.QueryIterPath;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.expr.ExprAggregator;

/**
 * ARQ's operators, except that the ones holding solutions in memory count what they hold and stop the query
 * beyond the endpoint's limit (and GROUP_CONCAT keeps within the string budget): ORDER BY, the groups of GROUP BY, DISTINCT, a top-N larger than the limit, and the side of a
 * join, OPTIONAL or MINUS that ARQ's hash joins load into a table. A join with a VALUES table streams its input
 * past the (small) table instead of loading the input. Counted input also checks the deadline at every solution,
 * so a cross product that reads no data stops too; a property path reads its graph through a deadline check, as
 * its closures run inside one step. TDB2's executor is the base: on a TDB2 database it runs basic graph patterns
 * over TDB2's indexes, elsewhere it does what ARQ's general one does.
 */
final class LimitingOpExecutor extends OpExecutorTDB2 {
    static final OpExecutorFactory FACTORY = LimitingOpExecutor::new;

    private final QueryAllowance allowance;

    private LimitingOpExecutor(ExecutionContext context) {
        super(context);
        this.allowance = QueryAllowance.of(context.getContext());
    }

    @Override
    protected QueryIterator execute(OpOrder order, QueryIterator input) {
        return new QueryIterSort(counted(exec(order.getSubOp(), input), "ORDER BY"), order.getConditions(), execCxt);
    }

    @Override
    protected QueryIterator execute(OpGroup group, QueryIterator input) {
        List<ExprAggregator> aggregates = new ArrayList<>();
        for (ExprAggregator aggregate : group.getAggregators())
            aggregates.add(BoundedGroupConcat.bounded(aggregate, allowance));
        aggregates.add(GroupCounter.forGrouping(allowance));
        return new QueryIterGroup(counted(exec(group.getSubOp(), input), null), group.getGroupVars(), aggregates,
            execCxt);
    }

    @Override
    protected QueryIterator execute(OpDistinct distinct, QueryIterator input) {
        List<SortCondition> order = distinct.getSubOp() instanceof OpOrder sorted ? sorted.getConditions() : null;
        // DISTINCT holds the solutions it has passed on, so those are the ones counted.
        return counted(new QueryIterDistinct(counted(exec(distinct.getSubOp(), input), null), order, execCxt),
            "DISTINCT");
    }

    @Override
    protected QueryIterator execute(OpTopN top, QueryIterator input) {
        if (top.getLimit() <= allowance.limits().maxHeldSolutions()) return super.execute(top, input);
        boolean distinct = top.getSubOp() instanceof OpDistinct;
        QueryIterator solutions = exec(distinct ? ((OpDistinct) top.getSubOp()).getSubOp() : top.getSubOp(), input);
        return new QueryIterTopN(counted(solutions, "ORDER BY"), top.getConditions(), top.getLimit(), distinct,
            execCxt);
    }

    @Override
    protected QueryIterator execute(OpJoin join, QueryIterator input) {
        QueryIterator left = counted(exec(join.getLeft(), input), "a join");
        return Join.join(left, exec(join.getRight(), root()), execCxt);
    }

    @Override
    protected QueryIterator execute(OpLeftJoin optional, QueryIterator input) {
        QueryIterator right = counted(exec(optional.getRight(), root()), "OPTIONAL");
        return Join.leftJoin(exec(optional.getLeft(), input), right, optional.getExprs(), execCxt);
    }

    @Override
    protected QueryIterator execute(OpMinus minus, QueryIterator input) {
        QueryIterator left = exec(minus.getLeft(), input);
        QueryIterator right = counted(exec(minus.getRight(), root()), "MINUS");
        Set<Var> common = OpVars.visibleVars(minus.getLeft());
        common.retainAll(OpVars.visibleVars(minus.getRight()));
        return QueryIterMinus.create(left, right, common, execCxt);
    }

    @Override
    protected QueryIterator execute(OpTable table, QueryIterator input) {
        if (table.isJoinIdentity() || input.isJoinIdentity()) return super.execute(table, input);
        return Join.nestedLoopJoin(table.getTable().iterator(execCxt), counted(input, null), execCxt);
    }

    @Override
    protected QueryIterator execute(OpPath path, QueryIterator input) {
        Graph checked = DeadlineCheckingDataset.checking(execCxt.getActiveGraph(), allowance.deadline());
        return new QueryIterPath(path.getTriplePath(), input, new ExecutionContext(execCxt, checked));
    }

    private QueryIterator counted(QueryIterator solutions, String operator) {
        return new CountingIterator(solutions, operator);
    }

    /** Counts the solutions an operator holds, and checks the deadline; a null operator holds none (only checks). */
    private final class CountingIterator extends QueryIteratorWrapper {
        private final String operator;
        private long count;

        CountingIterator(QueryIterator solutions, String operator) {
            super(solutions);
            this.operator = operator;
        }

        @Override
        protected boolean hasNextBinding() {
            allowance.deadline().check();
            return super.hasNextBinding();
        }

        @Override
        protected Binding moveToNextBinding() {
            if (operator != null && ++count > allowance.limits().maxHeldSolutions())
                throw new LimitExceeded(operator + " would hold more than " + allowance.limits().maxHeldSolutions()
                    + " solutions, this endpoint's limit");
            return super.moveToNextBinding();
        }
    }
}
