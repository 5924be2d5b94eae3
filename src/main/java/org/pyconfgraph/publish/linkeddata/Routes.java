package org.pyconfgraph.publish.linkeddata;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;

/**
 * The URL layout of {@code package-info}: every path this module answers, relative to the base and
 * percent-decoded, mapped to how it answers. Built once from the release, so that whether an IRI exists is a
 * lookup, and two resources claiming one URL fail at start-up instead of one shadowing the other.
 */
final class Routes {

    /**
     * How one URL answers: with a 303 to a document (a thing's URL) or with a document; in the variant the URL
     * names, or else in the one the client prefers.
     */
    record Route(DocumentSet documents, boolean seeOther, Optional<Variant> fixedVariant) {
        static Route seeOther(DocumentSet documents) { return new Route(documents, true, Optional.empty()); }

        static Route negotiated(DocumentSet documents) { return new Route(documents, false, Optional.empty()); }

        static Route fixed(DocumentSet documents, Variant variant) {
            return new Route(documents, false, Optional.of(variant));
        }
    }

    private final IriSpace iris;
    private final Map<String, Route> byPath = new HashMap<>();

    private Routes(IriSpace iris) {
        this.iris = iris;
    }

    /**
     * @param mentioned the IRIs of the space that the data says something about; fragments are dropped: a hash IRI
     *                  is described in the document of the IRI before the hash
     * @param versions  the ontology's version IRIs
     */
    static Routes build(IriSpace iris, Collection<String> mentioned, Collection<String> versions,
                        DocumentBuilder documents) {
        Routes routes = new Routes(iris);
        routes.vocabulary(versions, documents);
        mentioned.stream().map(iri -> iris.relativePath(withoutFragment(iri))).distinct().forEach(path -> {
            if (path.startsWith(IriSpace.THING_PATH) && path.length() > IriSpace.THING_PATH.length())
                routes.thing(path, path.substring(IriSpace.THING_PATH.length()), documents);
            else if (path.equals(IriSpace.DATASET_PATH))
                routes.thing(path, path, documents);
        });
        for (NamedGraph graph : NamedGraph.values()) {
            Node name = graph.node(iris);
            routes.negotiated(new DocumentSet(name, name.getURI(), (topic, documentIri) -> documents.namedGraph(name)));
        }
        return routes;
    }

    Optional<Route> find(String path) { return Optional.ofNullable(byPath.get(path)); }

    /** A thing at {@code path}, described by the documents at {@code doc/documentPath}. */
    private void thing(String path, String documentPath, DocumentBuilder documents) {
        String stem = iris.resolve(IriSpace.DOCUMENT_PATH + documentPath);
        DocumentSet set = new DocumentSet(NodeFactory.createURI(iris.resolve(path)), stem, documents::describe);
        put(path, Route.seeOther(set));
        negotiated(set);
    }

    /**
     * The ontology and its version IRIs: 303 to the ontology graph at {@code vocab.ext}. The HTML variant is the
     * ontology's documentation page, which another module serves.
     */
    private void vocabulary(Collection<String> versions, DocumentBuilder documents) {
        Node ontologyGraph = NamedGraph.ONTOLOGY.node(iris);
        DocumentSet set = new DocumentSet(NodeFactory.createURI(iris.vocabulary()), iris.vocabulary(),
            (topic, documentIri) -> documents.namedGraph(ontologyGraph));
        put(IriSpace.VOCABULARY_PATH, Route.seeOther(set));
        for (String version : versions) if (iris.contains(version)) put(iris.relativePath(version), Route.seeOther(set));
        for (Variant variant : Variant.ALL)
            if (!variant.isHtml()) put(iris.relativePath(set.url(variant)), Route.fixed(set, variant));
    }

    /** Documents negotiated at their stem, and each variant at its own URL. */
    private void negotiated(DocumentSet documents) {
        put(iris.relativePath(documents.stem()), Route.negotiated(documents));
        for (Variant variant : Variant.ALL) put(iris.relativePath(documents.url(variant)), Route.fixed(documents, variant));
    }

    private void put(String path, Route route) {
        Route previous = byPath.putIfAbsent(path, route);
        if (previous != null)
            throw new IllegalStateException("Two resources claim the URL " + iris.resolve(path) + ": "
                + previous.documents().topic() + " and " + route.documents().topic());
    }

    private static String withoutFragment(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(0, hash);
    }
}
