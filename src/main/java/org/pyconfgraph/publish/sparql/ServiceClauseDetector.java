package org.pyconfgraph.publish.sparql;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * Finds SERVICE clauses anywhere in a query, including sub-queries and EXISTS filters: the algebra walker
 * descends into the graph patterns of expressions, which a walk of the syntax tree would miss.
 */
final class ServiceClauseDetector {
    private ServiceClauseDetector() {}

    static boolean presentIn(Query query) {
        Found found = new Found();
        Walker.walk(Algebra.compile(query), found, new ExprVisitorBase());
        return found.service;
    }

    private static final class Found extends OpVisitorBase {
        boolean service;

        @Override
        public void visit(OpService op) { service = true; }
    }
}
