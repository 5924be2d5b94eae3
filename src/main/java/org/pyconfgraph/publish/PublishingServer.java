package org.pyconfgraph.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.Graceful;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the public server from its modules; the one place where the parts meet. */
public final class PublishingServer {
    private static final Logger LOG = LoggerFactory.getLogger("org.pyconfgraph.server");
    private static final long STOP_INTERRUPT_MILLIS = 200;

    private final FusekiServer server;
    private final PublishingContext context;
    private final GracefulHandler inFlight;
    private IdleMemoryReturn memoryReturn;

    private PublishingServer(FusekiServer server, PublishingContext context, GracefulHandler inFlight) {
        this.server = server;
        this.context = context;
        this.inFlight = inFlight;
    }

    public static Builder builder(PublishingContext context) {
        return new Builder(context);
    }

    public PublishingServer start() {
        // Before the server starts: its thread pool takes its idle timeout only then.
        memoryReturn = IdleMemoryReturn.start(context.settings().limits().memoryReturn(),
            server.getJettyServer().getThreadPool(), inFlight::getCurrentRequestCount);
        try {
            server.start();
        } catch (RuntimeException e) {
            memoryReturn.close();
            throw e;
        }
        return this;
    }

    public int port() { return server.getHttpPort(); }

    public PublishingContext context() { return context; }

    public void stop() {
        if (memoryReturn != null) memoryReturn.close();
        server.stop();
    }

    /**
     * Stops accepting connections, lets the requests in flight finish for the configured grace period, logs how
     * many were still running and so cut, and stops.
     */
    public void stopGracefully() {
        Duration grace = context.settings().limits().shutdownGrace();
        Server jetty = server.getJettyServer();
        LOG.info("stopping: {} requests in flight, {} ms for them to finish", inFlight.getCurrentRequestCount(),
            grace.toMillis());
        try {
            Graceful.shutdown(jetty).get(grace.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("stopped: every request in flight finished");
        } catch (TimeoutException e) {
            LOG.warn("stopped: {} requests still running after {} ms were cut", inFlight.getCurrentRequestCount(),
                grace.toMillis());
        } catch (ExecutionException e) {
            LOG.warn("stopped: waiting for requests in flight failed: {}", e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (memoryReturn != null) memoryReturn.close();
        jetty.setStopTimeout(0);
        // Threads still evaluating are interrupted soon, which ARQ takes as a cancellation, rather than waited for.
        if (jetty.getThreadPool() instanceof QueuedThreadPool pool) pool.setStopTimeout(STOP_INTERRUPT_MILLIS);
        server.stop();
    }

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
            GracefulHandler inFlight = new GracefulHandler(server.getJettyServer().getHandler());
            server.getJettyServer().setHandler(inFlight);
            StandardHeaders.install(server.getJettyServer());
            ConnectionLimits.install(server.getJettyServer(), settings.limits());
            return new PublishingServer(server, context, inFlight);
        }

        /** Fuseki's builder knows only "loopback or every interface"; --host names one address. */
        private static void bindTo(FusekiServer server, String host) {
            for (Connector connector : server.getJettyServer().getConnectors())
                if (connector instanceof ServerConnector network) network.setHost(host);
        }
    }
}
