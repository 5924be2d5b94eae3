package org.pyconfgraph.publish;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.pyconfgraph.publish.html.AssetsModule;
import org.pyconfgraph.publish.http.RequestLogFilter;
import org.pyconfgraph.publish.http.SecurityHeadersFilter;
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
        private final List<ServerModule> modules = new ArrayList<>(List.of(new SparqlModule(), new AssetsModule(), new PagesModule()));

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
                .loopback(isLoopback(settings.host()))
                .verbose(false)
                .enablePing(false)
                .enableStats(false)
                .enableMetrics(false)
                // First filter, so that its one line per request covers every module and Fuseki's dispatch.
                .addFilter("/*", new RequestLogFilter())
                .addFilter("/*", new SecurityHeadersFilter());
            modules.forEach(m -> m.install(fuseki, context));
            return new PublishingServer(fuseki.build(), context);
        }

        private static boolean isLoopback(String host) {
            return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        }
    }
}
