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
 * percent-decoded, mapped to how it answers. The few fixed routes (the ontology, the named graphs) are built once;
 * a thing's URLs are recognised by their shape and answer when the data says something about the thing, one
 * index lookup per request, so that nothing at start-up or in memory grows with the number of things.
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
    private final DocumentBuilder documents;
    private final Map<String, Route> fixed = new HashMap<>();

    private Routes(IriSpace iris, DocumentBuilder documents) {
        this.iris = iris;
        this.documents = documents;
    }

    /** @param versions the ontology's version IRIs */
    static Routes build(IriSpace iris, Collection<String> versions, DocumentBuilder documents) {
        Routes routes = new Routes(iris, documents);
        routes.vocabulary(versions);
        for (NamedGraph graph : NamedGraph.values()) {
            Node name = graph.node(iris);
            routes.negotiated(new DocumentSet(name, name.getURI(), (topic, documentIri) -> documents.namedGraph(name, topic)));
        }
        return routes;
    }

    Optional<Route> find(String path) {
        Route route = fixed.get(path);
        if (route != null) return Optional.of(route);
        if (path.contains("#")) return Optional.empty();
        if (path.equals(IriSpace.DATASET_PATH)) return thing(path, path).map(Route::seeOther);
        if (path.startsWith(IriSpace.THING_PATH) && path.length() > IriSpace.THING_PATH.length())
            return thing(path, path.substring(IriSpace.THING_PATH.length())).map(Route::seeOther);
        if (path.startsWith(IriSpace.DOCUMENT_PATH)) return document(path.substring(IriSpace.DOCUMENT_PATH.length()));
        return Optional.empty();
    }

    /** {@code doc/x} (negotiated) or {@code doc/x.ext}: the documents of {@code id/x}, or of the dataset. */
    private Optional<Route> document(String documentPath) {
        Optional<Route> negotiated = describedAt(documentPath).map(Route::negotiated);
        if (negotiated.isPresent()) return negotiated;
        for (Variant variant : Variant.ALL) {
            String suffix = "." + variant.extension();
            if (documentPath.endsWith(suffix))
                return describedAt(documentPath.substring(0, documentPath.length() - suffix.length()))
                    .map(set -> Route.fixed(set, variant));
        }
        return Optional.empty();
    }

    private Optional<DocumentSet> describedAt(String documentPath) {
        if (documentPath.isEmpty()) return Optional.empty();
        return documentPath.equals(IriSpace.DATASET_PATH) ? thing(documentPath, documentPath)
            : thing(IriSpace.THING_PATH + documentPath, documentPath);
    }

    /** A thing at {@code path}, described by the documents at {@code doc/documentPath}, if the data has it. */
    private Optional<DocumentSet> thing(String path, String documentPath) {
        Node thing = NodeFactory.createURI(iris.resolve(path));
        if (!documents.exists(thing)) return Optional.empty();
        String stem = iris.resolve(IriSpace.DOCUMENT_PATH + documentPath);
        return Optional.of(new DocumentSet(thing, stem, documents::describe));
    }

    /**
     * The ontology and its version IRIs: 303 to the ontology graph at {@code vocab.ext}. The HTML variant is the
     * ontology's documentation page, which another module serves.
     */
    private void vocabulary(Collection<String> versions) {
        Node ontologyGraph = NamedGraph.ONTOLOGY.node(iris);
        DocumentSet set = new DocumentSet(NodeFactory.createURI(iris.vocabulary()), iris.vocabulary(),
            (topic, documentIri) -> documents.namedGraph(ontologyGraph, topic));
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
        Route previous = fixed.putIfAbsent(path, route);
        if (previous != null)
            throw new IllegalStateException("Two resources claim the URL " + iris.resolve(path) + ": "
                + previous.documents().topic() + " and " + route.documents().topic());
    }
}
