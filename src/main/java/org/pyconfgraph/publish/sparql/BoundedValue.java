package org.pyconfgraph.publish.sparql;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * Passes on the value of an expression that may build a large value (CONCAT, a function call, a product), after
 * accounting for it in the query's allowance. A query doubling a string or squaring a number in a chain of BINDs
 * is stopped when the value outgrows the limit, at most one step later, instead of when the heap runs out.
 */
final class BoundedValue extends ExprFunction1 {
    private static final String NAME = "bounded";
    /** Decimal digits per bit of a number, to compare a number's size with a string's length. */
    private static final double DIGITS_PER_BIT = Math.log10(2);

    BoundedValue(Expr expr) {
        super(expr, NAME);
    }

    @Override
    public NodeValue eval(NodeValue value, FunctionEnv env) {
        QueryAllowance allowance = QueryAllowance.of(env.getContext());
        if (value.isInteger()) allowance.growing((int) Math.min(Integer.MAX_VALUE,
            (long) (value.getInteger().bitLength() * DIGITS_PER_BIT)));
        else if (value.isDecimal()) allowance.growing(value.getDecimal().precision());
        else if (value.isLiteral()) allowance.computed(value.asNode().getLiteralLexicalForm());
        return value;
    }

    @Override
    public NodeValue eval(NodeValue value) {
        throw new IllegalStateException("a bounded value is evaluated within a query execution");
    }

    @Override
    public Expr copy(Expr expr) { return new BoundedValue(expr); }
}
