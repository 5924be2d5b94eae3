package org.pyconfgraph.publish.sparql;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.sse.Tags;

/**
 * SPARQL's REPLACE with ARQ's semantics (an empty match replaced once only), stopped at the deadline and refused
 * as soon as its result outgrows the longest string a query may compute: replacing every empty match of a long
 * string with a long replacement would otherwise build a string of the product of the two lengths.
 */
final class GuardedReplace extends ExprFunctionN {
    private final Pattern constantPattern;

    GuardedReplace(ExprList args) {
        super(Tags.tagReplace, args);
        this.constantPattern = RegexArguments.constantPattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
    }

    /** The guarded form of a parsed REPLACE. */
    static GuardedReplace of(E_StrReplace replace) { return new GuardedReplace(new ExprList(replace.getArgs())); }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node input = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        Pattern pattern = constantPattern != null ? constantPattern
            : RegexArguments.pattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
        QueryAllowance allowance = QueryAllowance.of(env.getContext());
        String text = input.getLiteralLexicalForm();
        Matcher matcher = pattern.matcher(new DeadlineCharSequence(text, allowance.deadline()));
        StringBuilder result = null;
        try {
            while (matcher.find()) {
                if (result == null) result = new StringBuilder();
                else if (matcher.start() == matcher.end()) continue;
                matcher.appendReplacement(result, replacement);
                allowance.growing(result.length());
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage());
        }
        if (result == null) return args.get(0);
        matcher.appendTail(result);
        String replaced = allowance.computed(result.toString());
        if (replaced.equals(text)) return args.get(0);
        return NodeValue.makeNode(NodeFactory.createLiteral(replaced, input.getLiteralLanguage(),
            input.getLiteralDatatype()));
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new IllegalStateException("REPLACE is evaluated within a query execution");
    }

    @Override
    public Expr copy(ExprList newArgs) { return new GuardedReplace(newArgs); }
}
