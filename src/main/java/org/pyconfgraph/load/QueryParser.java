package org.pyconfgraph.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/**
 * Parses SPARQL 1.1 (strict, as the endpoint accepts it) from our sources or a user, and our inference rules with
 * LATERAL too, with relative IRIs resolved against the instance's base, and turns a syntax error into
 * "name:line:column: message" — one line, the position of the offending token.
 */
public final class QueryParser {
    private static final Pattern OFFENDING_POSITION = Pattern.compile("at line (\\d+), column (\\d+)");

    private QueryParser() {}

    /** @param name how the error names the query, e.g. {@code queries/ipc-editions.rq} */
    public static Query parse(String name, String text, String base) {
        return parse(name, text, base, Syntax.syntaxSPARQL_11);
    }

    /**
     * An inference rule of our sources, which may also use LATERAL (SEP-0006, in Jena's ARQ syntax): a rule that
     * summarises each subject runs its parts per subject with it, where SPARQL 1.1's grouped subqueries would
     * group, and then join, every subject of the store at once.
     */
    public static Query parseRule(String name, String text, String base) {
        return parse(name, text, base, Syntax.syntaxARQ);
    }

    private static Query parse(String name, String text, String base, Syntax syntax) {
        try {
            return QueryFactory.create(text, base, syntax);
        } catch (QueryParseException e) {
            // The first line says what is wrong; the rest lists every token the grammar would have accepted.
            String message = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("").strip();
            throw new LoadException(name + position(e, message) + ": " + message);
        }
    }

    /**
     * Where the error is, as ":line:column", or nothing for an error of the whole query (a bad GROUP BY). Jena's
     * exception carries the position of the last token it accepted; the message names the offending one.
     */
    private static String position(QueryParseException e, String message) {
        Matcher offending = OFFENDING_POSITION.matcher(message);
        if (offending.find()) return ":" + offending.group(1) + ":" + offending.group(2);
        return e.getLine() > 0 ? ":" + e.getLine() + ":" + e.getColumn() : "";
    }
}
