package org.pyconfgraph.publish.sparql;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.sse.Tags;

/** SPARQL's REGEX with ARQ's semantics (Java regular expressions, flags {@code smixq}), stopped at the deadline. */
final class GuardedRegex extends ExprFunctionN {
    private final Pattern constantPattern;

    GuardedRegex(ExprList args) {
        super(Tags.tagRegex, args);
        this.constantPattern = RegexArguments.constantPattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
    }

    /** The guarded form of a parsed REGEX. */
    static GuardedRegex of(E_Regex regex) { return new GuardedRegex(new ExprList(regex.getArgs())); }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        Pattern pattern = constantPattern != null ? constantPattern
            : RegexArguments.pattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
        QueryDeadline deadline = QueryAllowance.of(env.getContext()).deadline();
        return NodeValue.makeBoolean(pattern.matcher(new DeadlineCharSequence(text, deadline)).find());
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new IllegalStateException("REGEX is evaluated within a query execution");
    }

    @Override
    public Expr copy(ExprList newArgs) { return new GuardedRegex(newArgs); }
}
