package org.pyconfgraph.publish.server;

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
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerModule;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.publish.discovery.WellKnownVoidModule;
import org.pyconfgraph.publish.dumps.DumpsModule;
import org.pyconfgraph.publish.html.AssetsModule;
import org.pyconfgraph.publish.http.AdmissionControl;
import org.pyconfgraph.publish.http.ConnectionLimits;
import org.pyconfgraph.publish.http.RequestLogFilter;
import org.pyconfgraph.publish.http.ResponseBuffers;
import org.pyconfgraph.publish.http.ResponseCompression;
import org.pyconfgraph.publish.http.StandardHeaders;
import org.pyconfgraph.publish.linkeddata.LinkedDataModule;
import org.pyconfgraph.publish.pages.PagesModule;
import org.pyconfgraph.publish.sparql.SparqlModule;
import org.pyconfgraph.release.ReleaseIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the public server from its modules; the one place where the parts meet. The connectors, thread pool,
 * admission control, compression and graceful shutdown are the server's; below them, each request is answered by
 * the handler tree of one release (see {@link ReleaseSwitch}), which {@link #switchTo} replaces while serving.
 */
public final class PublishingServer {
    private static final Logger LOG = LoggerFactory.getLogger("org.pyconfgraph.server");
    private static final long STOP_INTERRUPT_MILLIS = 200;

    private final FusekiServer server;
    private final ReleaseAssembler assembler;
    private final ReleaseSwitch releases;
    private final boolean keepsDumps;
    private final GracefulHandler inFlight;
    private IdleMemoryReturn memoryReturn;

    private PublishingServer(FusekiServer server, ReleaseAssembler assembler, ReleaseSwitch releases,
                             boolean keepsDumps, GracefulHandler inFlight) {
        this.server = server;
        this.assembler = assembler;
        this.releases = releases;
        this.keepsDumps = keepsDumps;
        this.inFlight = inFlight;
    }

    public static Builder builder(PublishingContext context) {
        return new Builder(context);
    }

    public PublishingServer start() {
        // Before the server starts: its thread pool takes its idle timeout only then.
        Server jetty = server.getJettyServer();
        memoryReturn = IdleMemoryReturn.start(context().settings().limits().memoryReturn(), jetty.getThreadPool(),
            jetty.getByteBufferPool(), inFlight::getCurrentRequestCount);
        try {
            server.start();
        } catch (RuntimeException e) {
            memoryReturn.close();
            throw e;
        }
        return this;
    }

    public int port() { return server.getHttpPort(); }

    /** The release new requests are answered from. */
    public PublishingContext context() { return releases.context(); }

    /**
     * Serves {@code next} from now on: its handlers are built and started first, then new requests go to it while
     * those in flight finish on the release they started on, whose store closes after the last of them. The
     * caller hands the context over: its store is closed when a later switch retires it.
     *
     * @throws IllegalStateException if the release's handlers cannot start; the current release is still served
     */
    public void switchTo(PublishingContext next) {
        Server jetty = server.getJettyServer();
        ServedRelease application = assembler.application(next, jetty);
        try {
            application.handler().start();
        } catch (Exception e) {
            stopQuietly(application);
            throw new IllegalStateException("release " + next.release().id() + " could not start: " + e, e);
        }
        switchTo(application, next);
    }

    /**
     * Serves again an earlier release of this server that is still open, answering requests that started on it
     * before a switch: its store is in use, so it must not be opened a second time.
     *
     * @return false if that release has closed; its store may then be opened anew
     */
    public boolean resume(PublishingContext earlier) {
        ServedRelease application = releases.reacquire(earlier);
        if (application == null) return false;
        switchTo(application, earlier);
        return true;
    }

    /** True while a release given to this server has handlers and an open store. */
    public boolean isOpen(PublishingContext context) { return releases.isOpen(context); }

    /** Makes a started release current, with a handler tree of its dumps alone if earlier releases' are kept. */
    private void switchTo(ServedRelease application, PublishingContext context) {
        ServedRelease dumps = null;
        if (keepsDumps) {
            dumps = assembler.dumps(context, server.getJettyServer());
            try {
                dumps.handler().start();
            } catch (Exception e) {
                stopQuietly(dumps);
                application.release();
                throw new IllegalStateException("release " + context.release().id() + " could not start: " + e, e);
            }
        }
        releases.switchTo(new ReleaseSwitch.Served(application, dumps));
    }

    /** The ids of the releases whose store is open: the current one and any still answering a request. */
    public List<String> openReleases() { return releases.openReleases(); }

    public void stop() {
        if (memoryReturn != null) memoryReturn.close();
        server.stop();
        RequestLogFilter.flush();
    }

    /**
     * Stops accepting connections, lets the requests in flight finish for the configured grace period, logs how
     * many were still running and so cut, and stops.
     */
    public void stopGracefully() {
        Duration grace = context().settings().limits().shutdownGrace();
        Server jetty = server.getJettyServer();
        LOG.info("stopping: {} requests in flight, {} ms for them to finish", inFlight.getCurrentRequestCount(),
            grace.toMillis());
        try {
            Graceful.shutdown(jetty).get(grace.toMillis(), TimeUnit.MILLISECONDS);
            RequestLogFilter.flush();
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
        // The lines of the requests that were cut: written before the process exits.
        RequestLogFilter.flush();
    }

    public void join() { server.join(); }

    private static void stopQuietly(ServedRelease release) {
        try {
            release.handler().stop();
        } catch (Exception e) {
            LOG.warn("release {}: stopping its handlers failed: {}", release.id(), e.toString());
        }
    }

    /** The index files the server's modules read, for {@code build --out} to write into a release folder. */
    public static List<ReleaseIndex> releaseIndexes() {
        return standardModules().stream().flatMap(m -> m.releaseIndexes().stream()).toList();
    }

    private static List<ServerModule> standardModules() {
        return List.of(new SparqlModule(), new AssetsModule(), new PagesModule(), new DumpsModule(),
            new WellKnownVoidModule(), new LinkedDataModule());
    }

    public static final class Builder {
        private final PublishingContext context;
        private final List<ServerModule> modules = new ArrayList<>(standardModules());
        private int keptReleases = 1;

        private Builder(PublishingContext context) {
            this.context = context;
        }

        public Builder module(ServerModule module) {
            modules.add(module);
            return this;
        }

        /** How many releases' dumps stay downloadable at {@code /dumps/{release}/}, the current one included. */
        public Builder keptReleases(int count) {
            if (count < 1) throw new IllegalArgumentException("at least the current release's dumps are kept");
            this.keptReleases = count;
            return this;
        }

        public PublishingServer build() {
            ServerSettings settings = context.settings();
            ReleaseAssembler assembler = new ReleaseAssembler(modules);
            FusekiServer server = assembler.fuseki(context);
            Server jetty = server.getJettyServer();
            bindTo(server, settings.host());
            ServedRelease first = ReleaseAssembler.served(server, context, jetty, true);
            boolean keepsDumps = keptReleases > 1;
            ReleaseSwitch releases = new ReleaseSwitch(
                new ReleaseSwitch.Served(first, keepsDumps ? assembler.dumps(context, jetty) : null), keptReleases);
            jetty.setHandler(releases);
            jetty.setErrorHandler(releases.errorPages());
            ResponseCompression.install(jetty);
            AdmissionControl.install(jetty, settings.limits());
            modules.stream().filter(SparqlModule.class::isInstance).map(SparqlModule.class::cast).findFirst()
                .ifPresent(sparql -> sparql.refuseKnownLongQueriesEarly(jetty, settings));
            GracefulHandler inFlight = new GracefulHandler(jetty.getHandler());
            jetty.setHandler(inFlight);
            StandardHeaders.install(jetty);
            ConnectionLimits.install(jetty, settings.limits());
            ResponseBuffers.install(jetty);
            return new PublishingServer(server, assembler, releases, keepsDumps, inFlight);
        }

        /** Fuseki's builder knows only "loopback or every interface"; --host names one address. */
        private static void bindTo(FusekiServer server, String host) {
            for (Connector connector : server.getJettyServer().getConnectors())
                if (connector instanceof ServerConnector network) network.setHost(host);
        }
    }
}
