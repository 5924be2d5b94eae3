package org.pyconfgraph.publish.dumps;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerModule;
import org.pyconfgraph.publish.html.Templates;
import org.pyconfgraph.release.Release;

/**
 * The release's files at {@code /dumps/}: a listing page, each file at {@code /dumps/{releaseId}/{file}}
 * (immutable), and {@code /dumps/latest/{file}} redirecting to the current release's copy.
 */
public final class DumpsModule implements ServerModule {
    public static final String PATH = "/dumps";
    /** The release-independent name that redirects to the current release. */
    public static final String LATEST = "latest";

    @Override
    public void install(FusekiServer.Builder server, PublishingContext context) {
        Release release = context.release();
        server.addServlet(PATH + "/*", new DumpsServlet(release, ReleaseFile.of(release),
            DumpListing.render(new Templates(), release), links(release)));
    }

    /** The {@code Link} header of every release file: its licence and the description of the dataset. */
    static String links(Release release) {
        Graph metadata = release.dataset().getGraph(NamedGraph.METADATA.node(release.iris()));
        Node dataset = NodeFactory.createURI(release.iris().dataset());
        Node license = NodeFactory.createURI(Vocabularies.DCTERMS + "license");
        List<String> links = new ArrayList<>();
        metadata.find(dataset, license, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) links.add("<" + t.getObject().getURI() + ">; rel=\"license\"");
        });
        links.add("<" + release.iris().dataset() + ">; rel=\"describedby\"");
        return String.join(", ", links);
    }
}
