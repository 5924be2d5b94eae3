package org.pyconfgraph.store;

import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * A query with rows of values as a VALUES block at the start of its pattern: every store then looks each row up
 * (a block after the query would be joined only once the whole pattern had been evaluated), and every store can
 * parse it as written.
 */
public final class LeadingValues {
    private LeadingValues() {}

    /** A copy of {@code query} whose pattern starts with these rows of {@code vars}. */
    public static Query of(Query query, List<Var> vars, List<Binding> rows) {
        Query bound = query.cloneQuery();
        ElementData data = new ElementData();
        vars.forEach(data::add);
        rows.forEach(data::add);
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(data);
        if (bound.getQueryPattern() instanceof ElementGroup group) group.getElements().forEach(pattern::addElement);
        else pattern.addElement(bound.getQueryPattern());
        bound.setQueryPattern(pattern);
        return bound;
    }
}
