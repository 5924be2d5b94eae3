package org.pyconfgraph.publish.dumps;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.pyconfgraph.publish.Lazy;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.QueryFiles;
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
    /** The dataset's licences, the query documents use too. */
    private static final Query LICENSES =
        QueryFiles.load(DumpsModule.class, "/org/pyconfgraph/publish/linkeddata/licenses.rq");

    @Override
    public void install(FusekiServer.Builder server, PublishingContext context) {
        Release release = context.release();
        server.addServlet(PATH + "/*", new DumpsServlet(release, ReleaseFile.of(release),
            Lazy.of(() -> DumpListing.render(new Templates(), release)), links(context)));
    }

    /** The {@code Link} header of every release file: its licence and the description of the dataset. */
    static String links(PublishingContext context) {
        Release release = context.release();
        Node dataset = NodeFactory.createURI(release.iris().dataset());
        List<String> links = new ArrayList<>();
        context.store().readAtStart(reader -> reader.select(LICENSES, BindingFactory.binding(Var.alloc("dataset"), dataset)))
            .forEach(row -> {
                Node license = row.get(Var.alloc("license"));
                if (license != null && license.isURI()) links.add("<" + license.getURI() + ">; rel=\"license\"");
            });
        links.add("<" + release.iris().dataset() + ">; rel=\"describedby\"");
        return String.join(", ", links);
    }
}
