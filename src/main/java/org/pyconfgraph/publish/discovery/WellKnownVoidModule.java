package org.pyconfgraph.publish.discovery;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerModule;

/**
 * {@code /.well-known/void}, where the VoID note tells crawlers to look for a site's dataset
 * description. It redirects to the dataset IRI, whose document, by content negotiation, is that description.
 */
public final class WellKnownVoidModule implements ServerModule {
    public static final String PATH = "/.well-known/void";

    @Override
    public void install(FusekiServer.Builder server, PublishingContext context) {
        server.addServlet(PATH, new Redirect(context.iris().dataset()));
    }

    private static final class Redirect extends HttpServlet {
        private final String target;

        Redirect(String target) {
            this.target = target;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            // 302 rather than 301: the description may one day move to a document of its own.
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", target);
            response.setHeader("Cache-Control", "public, max-age=86400");
        }
    }
}
