package org.pyconfgraph.publish;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.pyconfgraph.publish.discovery.WellKnownVoidModule;
import org.pyconfgraph.publish.dumps.DumpsModule;
import org.pyconfgraph.publish.html.AssetsModule;
import org.pyconfgraph.publish.html.ErrorPages;
import org.pyconfgraph.publish.http.AdmissionControl;
import org.pyconfgraph.publish.http.ConnectionLimits;
import org.pyconfgraph.publish.http.CorsFilter;
import org.pyconfgraph.publish.http.MethodFilter;
import org.pyconfgraph.publish.http.RequestLogFilter;
import org.pyconfgraph.publish.http.ResponseCompression;
import org.pyconfgraph.publish.http.SecurityHeadersFilter;
import org.pyconfgraph.publish.http.StandardHeaders;
import org.pyconfgraph.publish.linkeddata.LinkedDataModule;
import org.pyconfgraph.publish.pages.PagesModule;
import org.pyconfgraph.publish.sparql.SparqlModule;

/** Builds the public server from its modules; the one place where the parts meet. */
public final class PublishingServer {
    private final FusekiServer server;
    private final PublishingContext context;

    private PublishingServer(FusekiServer server, PublishingContext context) {
        this.server = server;
        this.context = context;
    }

    public static Builder builder(PublishingContext context) {
        return new Builder(context);
    }

    public PublishingServer start() {
        server.start();
        return this;
    }

    public int port() { return server.getHttpPort(); }

    public PublishingContext context() { return context; }

    public void stop() { server.stop(); }

    public void join() { server.join(); }

    public static final class Builder {
        private final PublishingContext context;
        private final List<ServerModule> modules = new ArrayList<>(List.of(new SparqlModule(), new AssetsModule(),
            new PagesModule(), new DumpsModule(), new WellKnownVoidModule(), new LinkedDataModule()));

        private Builder(PublishingContext context) {
            this.context = context;
        }

        public Builder module(ServerModule module) {
            modules.add(module);
            return this;
        }

        public PublishingServer build() {
            ServerSettings settings = context.settings();
            FusekiServer.Builder fuseki = FusekiServer.create()
                .port(settings.port())
                .verbose(false)
                .enablePing(false)
                .enableStats(false)
                .enableMetrics(false)
                .numServerThreads(Math.min(8, settings.limits().threads()), settings.limits().threads())
                // First filter, so that its one line per request covers every module and Fuseki's dispatch.
                .addFilter("/*", new RequestLogFilter())
                .addFilter("/*", new SecurityHeadersFilter())
                .addFilter("/*", new MethodFilter())
                // Before every module and Fuseki's dispatch, so that it answers preflights for all of them.
                .addFilter("/*", new CorsFilter());
            modules.forEach(m -> m.install(fuseki, context));
            FusekiServer server = fuseki.build();
            bindTo(server, settings.host());
            // Every path no module serves, and every error, answers with our page or plain text.
            ErrorPages.install(server, context);
            ResponseCompression.install(server.getJettyServer());
            AdmissionControl.install(server.getJettyServer(), settings.limits());
            StandardHeaders.install(server.getJettyServer());
            ConnectionLimits.install(server.getJettyServer(), settings.limits());
            return new PublishingServer(server, context);
        }

        /** Fuseki's builder knows only "loopback or every interface"; --host names one address. */
        private static void bindTo(FusekiServer server, String host) {
            for (Connector connector : server.getJettyServer().getConnectors())
                if (connector instanceof ServerConnector network) network.setHost(host);
        }
    }
}
