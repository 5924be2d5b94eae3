package org.pyconfgraph.publish.pages;

import org.apache.jena.fuseki.main.FusekiServer;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerModule;
import org.pyconfgraph.publish.pages.timeline.TimelineReader;

/**
 * The pages for people: the home page with the timeline ({@code /}, {@code /timeline.svg}) and the ontology's
 * documentation ({@code /vocab.html}).
 */
public final class PagesModule implements ServerModule {

    @Override
    public void install(FusekiServer.Builder server, PublishingContext context) {
        PageFrame frame = new PageFrame(context);
        TimelineReader timelines = new TimelineReader(context.iris());
        server.addServlet(HomePage.PATH, new HomePage(frame, timelines));
        server.addServlet(TimelineFile.PATH, new TimelineFile(frame, timelines));
        server.addServlet(OntologyPage.PATH, new OntologyPage(frame));
    }
}
