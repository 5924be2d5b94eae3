package org.pyconfgraph.publish.server;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerModule;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.publish.dumps.DumpsModule;
import org.pyconfgraph.publish.html.ErrorPages;
import org.pyconfgraph.publish.http.CorsFilter;
import org.pyconfgraph.publish.http.MethodFilter;
import org.pyconfgraph.publish.http.RequestLogFilter;
import org.pyconfgraph.publish.http.StoreFailureFilter;

/**
 * Builds one release's handler tree: Fuseki's servlet context with our filters and every module installed with
 * that release's context. Fuseki builds it inside a Jetty server of its own; the first release's server is the
 * one that listens, and the trees of later releases are taken out of theirs (never started) into that one.
 */
final class ReleaseAssembler {
    private final List<ServerModule> modules;

    ReleaseAssembler(List<ServerModule> modules) {
        this.modules = List.copyOf(modules);
    }

    /** The Fuseki server of a release with every module: built, not started. */
    FusekiServer fuseki(PublishingContext context) {
        return fuseki(context, modules);
    }

    /** A later release's whole handler tree, to run in the listening server. */
    ServedRelease application(PublishingContext context, Server listening) {
        return served(fuseki(context), context, listening, true);
    }

    /** The handler tree of a release's dumps alone, which needs no store once built. */
    ServedRelease dumps(PublishingContext context, Server listening) {
        return served(fuseki(context, List.of(new DumpsModule())), context, listening, false);
    }

    /** Takes the handler tree out of the server Fuseki built it in and gives it to the listening server. */
    static ServedRelease served(FusekiServer fuseki, PublishingContext context, Server listening, boolean ownsStore) {
        Server built = fuseki.getJettyServer();
        Handler tree = built.getHandler();
        if (built != listening) {
            built.setHandler((Handler) null);
            tree.setServer(listening);
        }
        return new ServedRelease(context, tree, built.getErrorHandler(), ownsStore);
    }

    private static FusekiServer fuseki(PublishingContext context, List<ServerModule> modules) {
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
            .addFilter("/*", new MethodFilter())
            // Before every module and Fuseki's dispatch, so that it answers preflights for all of them.
            .addFilter("/*", new CorsFilter())
            // Inside those, so that a failed read of the store is answered as the status it is, logged once.
            .addFilter("/*", new StoreFailureFilter());
        modules.forEach(m -> m.install(fuseki, context));
        FusekiServer server = fuseki.build();
        // Every path no module serves, and every error, answers with our page or plain text.
        ErrorPages.install(server, context);
        return server;
    }
}
