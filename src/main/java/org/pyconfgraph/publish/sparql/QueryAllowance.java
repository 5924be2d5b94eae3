package org.pyconfgraph.publish.sparql;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.pyconfgraph.publish.ServerLimits;

/**
 * What one query execution may still use: its deadline, the solutions its sorts may hold and the characters its
 * string functions may compute. It travels in the execution's context, where the guarded functions and operators
 * find it.
 */
final class QueryAllowance {
    /** Where the execution's context holds it. */
    static final Symbol SYMBOL = Symbol.create("urn:x-pyconfgraph:query-allowance");

    private final QueryDeadline deadline;
    private final ServerLimits limits;
    private final AtomicLong charactersComputed = new AtomicLong();

    QueryAllowance(QueryDeadline deadline, ServerLimits limits) {
        this.deadline = deadline;
        this.limits = limits;
    }

    /** The allowance of the execution a function or operator runs in. */
    static QueryAllowance of(Context context) {
        QueryAllowance allowance = context == null ? null : context.get(SYMBOL);
        if (allowance == null) throw new IllegalStateException("query executed without its allowance");
        return allowance;
    }

    QueryDeadline deadline() { return deadline; }

    ServerLimits limits() { return limits; }

    /** Accounts for a string a function computed; refuses it if it is too long or the query has computed enough. */
    String computed(String value) {
        if (value.length() > limits.maxStringLength())
            throw new LimitExceeded("a string function computed a string of more than " + limits.maxStringLength()
                + " characters, this endpoint's limit");
        if (charactersComputed.addAndGet(value.length()) > limits.stringBudget())
            throw new LimitExceeded("the query's string functions computed more than " + limits.stringBudget()
                + " characters in all, this endpoint's limit");
        return value;
    }

    /** Checks, while a function builds a string, that it has not outgrown one string's limit. */
    void growing(int length) {
        if (length > limits.maxStringLength())
            throw new LimitExceeded("a string function computed a string of more than " + limits.maxStringLength()
                + " characters, this endpoint's limit");
    }
}
