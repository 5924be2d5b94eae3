package org.pyconfgraph.publish.linkeddata;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.pyconfgraph.publish.QueryFiles;
import org.pyconfgraph.store.PreparedQuery;
import org.pyconfgraph.store.StoreReader;

/**
 * The SPARQL this package runs against the store, each query in a {@code .rq} file next to this class. Values
 * (the topic, the base) are bound as nodes or in a VALUES block built from nodes: request text never becomes
 * query text. Every query starts from a bound resource, so its cost follows the answer, not the store.
 */
final class StoreQueries {
    private static final Var PART_LINK = Var.alloc("partLink");

    private final PreparedQuery versionIris = prepared("version-iris.rq");
    private final PreparedQuery licenses = prepared("licenses.rq");
    private final PreparedQuery incoming = prepared("incoming.rq");
    private final PreparedQuery namedGraph = prepared("named-graph.rq");

    List<String> versionIris(StoreReader reader, Node ontology) {
        return values(reader.select(versionIris, bind("ontology", ontology)), "version").stream()
            .filter(Node::isURI).map(Node::getURI).toList();
    }

    List<Node> licenses(StoreReader reader, Node dataset) {
        return values(reader.select(licenses, bind("dataset", dataset)), "license");
    }

    /**
     * {@code description.rq} for a release whose hash IRIs link to their resources with {@code partLinks}: its
     * VALUES block of {@code ?partLink} filled in, then prepared.
     */
    PreparedQuery description(List<Node> partLinks) {
        Query query = QueryFiles.load(StoreQueries.class, "description.rq");
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementData data) {
                if (data.getVars().contains(PART_LINK))
                    partLinks.forEach(link -> data.add(BindingFactory.binding(PART_LINK, link)));
            }
        });
        return PreparedQuery.of(query);
    }

    /** The concise bounded description of the topic and of its hash IRIs, by a query {@link #description(List)} gave. */
    Graph description(StoreReader reader, PreparedQuery description, Node topic) {
        return reader.graph(description, bind("topic", topic));
    }

    Graph incoming(StoreReader reader, Node topic) {
        return reader.graph(incoming, bind("topic", topic));
    }

    Graph namedGraph(StoreReader reader, Node name) {
        return reader.graph(namedGraph, bind("graph", name));
    }

    private static PreparedQuery prepared(String name) {
        return PreparedQuery.of(QueryFiles.load(StoreQueries.class, name));
    }

    private static Binding bind(String variable, Node value) {
        return BindingFactory.binding(Var.alloc(variable), value);
    }

    private static List<Node> values(List<Binding> rows, String variable) {
        Var var = Var.alloc(variable);
        return rows.stream().filter(row -> row.contains(var)).map(row -> row.get(var)).toList();
    }
}
