package org.pyconfgraph.publish.pages;

import java.util.List;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerModule;
import org.pyconfgraph.release.ReleaseIndex;

/**
 * The pages for people: the home page with the timeline ({@code /}, {@code /timeline.svg}), the ontology's
 * documentation ({@code /vocab.html}), the query editor ({@code /sparql} for browsers) and the example queries
 * ({@code /queries/}, {@code /queries/NAME.rq}, {@code /queries/examples.json}).
 */
public final class PagesModule implements ServerModule {

    @Override
    public void install(FusekiServer.Builder server, PublishingContext context) {
        PageFrame frame = new PageFrame(context);
        TimelineReader timelines = new TimelineReader(context.iris(),
            Optional.ofNullable(context.indexes().get(TimelineIndex.FILE)));
        server.addServlet(HomePage.PATH, new HomePage(frame, timelines));
        server.addServlet(TimelineFile.PATH, new TimelineFile(frame, timelines));
        server.addServlet(OntologyPage.PATH, new OntologyPage(frame));
        ExampleCatalogue examples = new ExampleCatalogue(context);
        server.addServlet(ExampleCatalogue.PATH, new ExampleQueriesPage(frame, examples));
        server.addServlet(ExampleQueriesJson.PATH, new ExampleQueriesJson(frame, examples));
        server.addServlet(ExampleQueryFiles.PATH, new ExampleQueryFiles(frame, examples));
        server.addFilter(QueryEditorPage.PATH, new QueryEditorPage(frame, examples));
    }

    @Override
    public List<ReleaseIndex> releaseIndexes() { return List.of(TimelineIndex.RELEASE_INDEX); }
}
