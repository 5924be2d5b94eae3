package org.pyconfgraph.store;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;

/**
 * The triple-pattern reads of {@link StoreReader} as SPARQL queries, for a store that answers SPARQL itself: one
 * query per read, whatever the number of patterns. A store in this process answers them from its indexes instead.
 */
final class TriplePatterns {
    private static final Query MENTIONED = ReleaseMarks.query("mentioned.rq");
    private static final Query STATEMENTS = ReleaseMarks.query("statements.rq");
    private static final Var IRI = Var.alloc("iri");
    private static final Var SUBJECT = Var.alloc("s");
    private static final Var PREDICATE = Var.alloc("p");

    private TriplePatterns() {}

    static boolean mentions(StoreReader reader, Node iri) {
        return !reader.select(MENTIONED, BindingFactory.binding(IRI, iri)).isEmpty();
    }

    static Graph statements(StoreReader reader, Collection<Node> subjects, Collection<Node> predicates) {
        if (subjects.isEmpty() || predicates.isEmpty()) return OrderedGraph.of(Collections.emptyIterator());
        return reader.graph(LeadingValues.of(STATEMENTS, List.of(SUBJECT, PREDICATE), subjects.stream()
            .flatMap(s -> predicates.stream().map(p -> BindingFactory.binding(SUBJECT, s, PREDICATE, p))).toList()),
            BindingFactory.empty());
    }
}
