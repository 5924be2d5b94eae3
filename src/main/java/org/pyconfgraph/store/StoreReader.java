package org.pyconfgraph.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The queries one read of a {@link GraphStore} may ask. Values are bound as nodes ({@code values}), never spliced
 * into query text. Each call runs its query to the end and closes it, so no execution outlives the read; callers
 * keep answers bounded with LIMIT or VALUES.
 */
public interface StoreReader {

    List<Binding> select(Query query, Binding values);

    /**
     * Each row of a SELECT query, handed to {@code row} as it is read, for an answer too long to hold: the query
     * still runs to its end (or until {@code row} throws) and closes within the call.
     */
    default void forEachRow(Query query, Binding values, Consumer<Binding> row) {
        select(query, values).forEach(row);
    }

    /**
     * The links of the store read from its TDB2 indexes, for work over every link that need not decode every term;
     * empty for any other store.
     */
    default Optional<Tdb2Links> tdb2Links() {
        return Optional.empty();
    }

    /** A CONSTRUCT or DESCRIBE query's graph. */
    Graph graph(Query query, Binding values);

    /** The rows of a prepared SELECT query: the same as {@link #select(Query, Binding)} of its query gives. */
    default List<Binding> select(PreparedQuery query, Binding values) {
        return select(query.query(), values);
    }

    /** The graph of a prepared CONSTRUCT query: the same as {@link #graph(Query, Binding)} of its query gives. */
    default Graph graph(PreparedQuery query, Binding values) {
        return graph(query.query(), values);
    }

    /**
     * Whether the default graph (the union of the named graphs) has a statement with {@code iri} as its subject or
     * its object. A triple-pattern read, as those below: a store in this process answers it from its indexes
     * without planning a query, a store that answers SPARQL itself with one query.
     */
    default boolean mentions(Node iri) {
        return TriplePatterns.mentions(this, iri);
    }

    /**
     * The statements of the default graph with one of {@code subjects} as subject and one of {@code predicates} as
     * predicate, in {@link OrderedGraph}'s order: an index lookup per pair.
     */
    default Graph statements(Collection<Node> subjects, Collection<Node> predicates) {
        return TriplePatterns.statements(this, subjects, predicates);
    }

    /**
     * The statements of each of {@code subjects} in each of the named graphs {@code graphs}, with the graph each is
     * in, in no fixed order: an index lookup per pair.
     */
    default List<Quad> statementsIn(Collection<Node> graphs, Collection<Node> subjects) {
        return TriplePatterns.statementsIn(this, graphs, subjects);
    }

    /**
     * The statements of the default graph with one of {@code objects} as object and one of {@code predicates} as
     * predicate, in {@link OrderedGraph}'s order: an index lookup per pair.
     */
    default Graph statementsTo(Collection<Node> objects, Collection<Node> predicates) {
        return TriplePatterns.statementsTo(this, objects, predicates);
    }

    /**
     * What DESCRIBE gives of each of the resources, in {@link OrderedGraph}'s order: every statement about it, in
     * any graph (a store in this process closes its blank-node objects too, as Jena's DESCRIBE does).
     */
    default Graph describe(Collection<Node> resources) {
        return TriplePatterns.describe(this, resources);
    }
}
