package org.pyconfgraph.publish.linkeddata;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.pyconfgraph.publish.QueryFiles;
import org.pyconfgraph.store.PreparedQuery;
import org.pyconfgraph.store.StoreReader;

/**
 * The SPARQL this package runs against the store, each query in a {@code .rq} file next to this class. Values
 * (the topic, the base) are bound as nodes or in a VALUES block built from nodes: request text never becomes
 * query text. Every query starts from a bound resource, so its cost follows the answer, not the store.
 */
final class StoreQueries {

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
