package org.pyconfgraph.publish.sparql;

import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/** The pattern and flags of REGEX and REPLACE, compiled as ARQ compiles them. */
final class RegexArguments {
    private static final String FLAGS = "smixq";

    private RegexArguments() {}

    /** The compiled pattern if pattern and flags are constants, compiled once; null if they vary per solution. */
    static Pattern constantPattern(String function, Expr pattern, Expr flags) {
        if (!pattern.isConstant() || flags != null && !flags.isConstant()) return null;
        return pattern(function, pattern.getConstant(), flags == null ? null : flags.getConstant());
    }

    static Pattern pattern(String function, NodeValue pattern, NodeValue flags) {
        String text = NodeValueOps.checkAndGetStringLiteral(function, pattern).getLiteralLexicalForm();
        String flagText = flags == null ? null
            : NodeValueOps.checkAndGetStringLiteral(function, flags).getLiteralLexicalForm();
        if (flagText != null && !flagText.chars().allMatch(c -> FLAGS.indexOf(c) >= 0))
            throw new ExprEvalException(function + ": only the flags " + FLAGS + " are allowed: " + flagText);
        return RegexEngine.makePattern(function, text, flagText);
    }
}
