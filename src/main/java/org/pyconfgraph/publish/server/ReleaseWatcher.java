package org.pyconfgraph.publish.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.release.ReleaseDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Switches the server to the release that {@code current} of a release directory names, when that changes: read
 * at an interval, and at once on {@link #check} (which {@code serve} calls on SIGHUP). A release that cannot be
 * opened is refused in one log line, and the server keeps serving the one it has.
 */
public final class ReleaseWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("org.pyconfgraph.server");
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final ReleaseDirectory directory;
    private final PublishingServer server;
    private final ScheduledExecutorService timer;
    private Path served;
    /** The releases this server was given, by folder, while they may still be open. */
    private final Map<Path, PublishingContext> given = new HashMap<>();
    /** The last refusal logged, so that a broken {@code current} is reported once, not at every look. */
    private String refusal;

    private ReleaseWatcher(ReleaseDirectory directory, PublishingServer server, Path served, Duration interval) {
        this.directory = directory;
        this.server = server;
        this.served = served;
        given.put(served, server.context());
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "release-watcher");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Watches the directory of a server started on the release folder {@code served}.
     *
     * @param interval how often {@code current} is read
     */
    public static ReleaseWatcher start(ReleaseDirectory directory, PublishingServer server, Path served,
                                       Duration interval) {
        return new ReleaseWatcher(directory, server, served, interval);
    }

    /** Reads {@code current} and switches if it names another folder; true if it switched. */
    public synchronized boolean check() {
        Path named;
        PublishingContext next = null;
        String previous = server.context().release().id();
        long started = System.nanoTime();
        try {
            named = directory.current();
            if (named.equals(served)) {
                refusal = null;
                return false;
            }
            given.values().removeIf(context -> !server.isOpen(context));
            PublishingContext earlier = given.get(named);
            if (earlier == null || !server.resume(earlier)) {
                // The settings of the one served: the same public base, which a release is built for.
                next = PublishingContext.ofReleaseFolder(named, server.context().settings());
                server.switchTo(next);
                given.put(named, next);
            }
        } catch (RuntimeException e) {
            if (next != null) next.store().close();
            String message = Objects.toString(e.getMessage(), e.toString()).replace('\n', ' ');
            if (!message.equals(refusal))
                LOG.warn("release not switched, still serving {}: {}", server.context().release().id(), message);
            refusal = message;
            return false;
        }
        served = named;
        refusal = null;
        LOG.info("release {} is served now, in place of {} ({} ms to open and start it)",
            server.context().release().id(), previous, (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** Asks for a {@link #check} on the watcher's thread, and returns at once: for a signal handler. */
    public void checkSoon() { timer.execute(this::check); }

    /**
     * Stops watching, and waits for a check in progress to end: a switch finishing after its server has stopped would
     * open a release that nobody closes.
     */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            if (!timer.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS))
                LOG.warn("a release check still runs after {} s; not waited for", CLOSE_WAIT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
