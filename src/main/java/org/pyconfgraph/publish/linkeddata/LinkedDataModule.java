package org.pyconfgraph.publish.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerModule;
import org.pyconfgraph.publish.html.ResourcePage;
import org.pyconfgraph.release.ReleaseIndex;

/** Dereferencing of the instance's URI space: things, their documents, the ontology, the named graphs. */
public final class LinkedDataModule implements ServerModule {

    @Override
    public void install(FusekiServer.Builder server, PublishingContext context) {
        IriSpace iris = context.iris();
        StoreQueries queries = new StoreQueries();
        IncomingLinks links = new IncomingLinks(queries, Optional.ofNullable(context.indexes().get(HubIndex.FILE)));
        DocumentBuilder documents = new DocumentBuilder(context.store(), queries, links, iris, context.release().id());
        List<String> versions = context.store().readAtStart(reader ->
            queries.versionIris(reader, NodeFactory.createURI(iris.vocabulary())));
        Routes routes = Routes.build(iris, versions, documents);
        List<String> licenses = context.store().readAtStart(reader ->
            queries.licenses(reader, NodeFactory.createURI(iris.dataset()))).stream()
            .filter(Node::isURI).map(Node::getURI).toList();
        DocumentSerializer serializer = new DocumentSerializer(context.release().writers(), new ResourcePage(context),
            context.store());
        String contextUrl = iris.jsonLdContext(versions);
        for (String pathSpec : pathSpecs())
            server.addServlet(pathSpec,
                new LinkedDataServlet(routes, serializer, context.release(), licenses, contextUrl));
        JsonLdContextServlet contextServlet =
            new JsonLdContextServlet(contextUrl, context.release().writers().context(), context.release());
        server.addServlet("/" + IriSpace.CURRENT_JSONLD_CONTEXT_PATH, contextServlet);
        server.addServlet("/" + iris.relativePath(contextUrl), contextServlet);
    }

    @Override
    public List<ReleaseIndex> releaseIndexes() {
        List<ReleaseIndex> indexes = new ArrayList<>(List.of(HubIndex.RELEASE_INDEX));
        indexes.addAll(ResourcePage.RELEASE_INDEXES);
        return List.copyOf(indexes);
    }

    /** The paths of the layout; every other path is left to the other modules. */
    private static List<String> pathSpecs() {
        List<String> specs = new ArrayList<>(List.of(
            "/" + IriSpace.THING_PATH + "*",
            "/" + IriSpace.DOCUMENT_PATH + "*",
            "/" + IriSpace.GRAPH_PATH + "*",
            "/" + IriSpace.VOCABULARY_PATH + "/*",
            "/" + IriSpace.DATASET_PATH));
        for (Variant variant : Variant.ALL)
            if (!variant.isHtml()) specs.add("/" + IriSpace.VOCABULARY_PATH + "." + variant.extension());
        return specs;
    }
}
