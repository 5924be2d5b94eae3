package org.pyconfgraph.store;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A SELECT, CONSTRUCT or DESCRIBE query parsed, compiled to algebra and optimized once, to be run many times with different
 * values. ARQ otherwise substitutes the values into the syntax and compiles and optimizes the query again on every
 * run, which costs more than running a query that starts from a bound resource. A store in this process binds the
 * values into the plan as nodes ({@link DatasetReader}); a remote engine is sent the query, as any other.
 * <p>
 * Values that stay the same while a release is served (the names of its graphs) are substituted before the
 * optimizer runs, so that it can use them (a {@code FILTER (?g IN (…))} becomes index lookups in each graph).
 */
public final class PreparedQuery {
    private final Query query;
    private final Op plan;
    /** How deep the optimizer renamed the variables of subqueries: {@code ?/series} one level down. */
    private final int scopeDepth;

    private PreparedQuery(Query query) {
        if (query.isAskType() || query.isJsonType())
            throw new IllegalArgumentException("only SELECT, CONSTRUCT and DESCRIBE queries are prepared, not " + query);
        this.query = query;
        // As ARQ runs a query given values: no projection around a CONSTRUCT's pattern, so the values reach its
        // template; a DESCRIBE without a pattern has one solution.
        Query compiled = query.cloneQuery();
        if (compiled.isConstructType()) compiled.setQueryResultStar(true);
        if (compiled.getQueryPattern() == null) compiled.setQueryPattern(new ElementGroup());
        this.plan = Algebra.optimize(Algebra.compile(compiled), ARQ.getContext().copy());
        this.scopeDepth = OpVars.mentionedVars(plan).stream()
            .mapToInt(v -> v.getVarName().length() - v.getVarName().replaceFirst("^/+", "").length())
            .max().orElse(0);
    }

    public static PreparedQuery of(Query query) {
        return new PreparedQuery(query);
    }

    /** {@code query} with {@code fixed} substituted as nodes, then prepared. */
    public static PreparedQuery of(Query query, Binding fixed) {
        Map<Var, Node> values = new HashMap<>();
        fixed.forEach(values::put);
        return new PreparedQuery(QueryTransformOps.replaceVars(query, values));
    }

    /** The query as parsed, with its fixed values substituted. */
    public Query query() { return query; }

    /**
     * The plan with {@code values} substituted as nodes, as ARQ substitutes them into the syntax: in subqueries
     * too, where the optimizer has renamed the variables a subquery does not project ({@code ?series} is
     * {@code ?/series} there).
     */
    Op bound(Binding values) {
        if (values.isEmpty()) return plan;
        BindingBuilder everyScope = BindingFactory.builder();
        values.forEach((var, node) -> {
            for (int depth = 0; depth <= scopeDepth; depth++) everyScope.add(Var.alloc("/".repeat(depth) + var.getVarName()), node);
        });
        return Substitute.substitute(plan, everyScope.build());
    }
}
