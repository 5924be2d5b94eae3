package org.pyconfgraph.publish.sparql;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Multiply;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.E_StrUpperCase;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ExprTransformApplyElementTransform;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Rewrites a parsed query into the form the public endpoint runs: REGEX and REPLACE become their guarded forms,
 * expressions that may build large values are bounded, and a call of a function the endpoint does not offer is
 * refused before anything runs. Sub-queries and EXISTS patterns are rewritten too.
 */
final class QueryGuard {
    private QueryGuard() {}

    /** A query calling a function this endpoint does not offer. */
    static final class FunctionNotOffered extends RuntimeException {
        FunctionNotOffered(String iri) {
            super("The function <" + iri + "> is not offered by this endpoint: it offers SPARQL 1.1's built-in"
                + " functions, the XSD casts, most XPath string, numeric and date functions, and a few of ARQ's.",
                null, false, false);
        }
    }

    /** @throws FunctionNotOffered if the query calls a function outside {@link PublicFunctions} */
    static Query guard(Query query) {
        ElementTransformCopyBase elements = new ElementTransformCopyBase();
        return QueryTransformOps.transform(query, elements, new Rewrite(elements));
    }

    private static final class Rewrite extends ExprTransformApplyElementTransform {
        Rewrite(ElementTransformCopyBase elements) {
            super(elements);
        }

        @Override
        public Expr transform(ExprFunctionN function, ExprList args) {
            if (function instanceof E_Regex) return new GuardedRegex(args);
            if (function instanceof E_StrReplace) return new GuardedReplace(args);
            if (function instanceof E_Function call && !PublicFunctions.offers(call.getFunctionIRI()))
                throw new FunctionNotOffered(call.getFunctionIRI());
            Expr copy = super.transform(function, args);
            return function instanceof E_StrConcat || function instanceof E_Function ? new BoundedValue(copy) : copy;
        }

        @Override
        public Expr transform(ExprFunction1 function, Expr arg) {
            Expr copy = super.transform(function, arg);
            boolean growing = function instanceof E_StrEncodeForURI || function instanceof E_StrUpperCase
                || function instanceof E_StrLowerCase;
            return growing ? new BoundedValue(copy) : copy;
        }

        @Override
        public Expr transform(ExprFunction2 function, Expr arg1, Expr arg2) {
            Expr copy = super.transform(function, arg1, arg2);
            return function instanceof E_Multiply ? new BoundedValue(copy) : copy;
        }
    }
}
