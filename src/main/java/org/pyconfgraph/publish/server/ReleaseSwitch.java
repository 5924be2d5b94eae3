package org.pyconfgraph.publish.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.dumps.DumpsModule;

/**
 * Hands each request to the handler tree of one release, the one current when the request arrived, and holds
 * that release open until the request's response is complete: a switch is one reference swap, so a request is
 * answered entirely by the release it started on. Requests for {@code /dumps/{id}/…} of one of the last few
 * releases go to that release's files.
 */
final class ReleaseSwitch extends Handler.Abstract {
    private static final String DUMPS = DumpsModule.PATH + "/";

    /** A release's whole handler tree, and the one of its dumps alone (null when no old dumps are kept). */
    record Served(ServedRelease application, ServedRelease dumps) {}

    private final AtomicReference<Served> current;
    private final int keptReleases;
    /** The dump handlers of earlier releases, newest first; guarded by this. */
    private final Deque<ServedRelease> archive = new ArrayDeque<>();
    /** The archive by release id, replaced whole at each switch, read by requests without a lock. */
    private volatile Map<String, ServedRelease> archiveById = Map.of();
    /** Every release's whole handler tree not known to be closed yet. */
    private final Set<ServedRelease> applications = ConcurrentHashMap.newKeySet();

    /**
     * @param keptReleases how many releases' dumps stay downloadable, the current one included
     */
    ReleaseSwitch(Served first, int keptReleases) {
        this.current = new AtomicReference<>(first);
        this.keptReleases = keptReleases;
        applications.add(first.application());
    }

    PublishingContext context() { return current.get().application().context(); }

    /** The releases whose store is still open: the current one, and earlier ones still answering a request. */
    List<String> openReleases() {
        applications.removeIf(release -> !release.isOpen());
        return applications.stream().map(ServedRelease::id).toList();
    }

    /**
     * The whole handler tree of an earlier release with a reference taken on it, if it is still open (answering a
     * request); else null, once it has finished closing, so that its store may be opened again.
     */
    ServedRelease reacquire(PublishingContext earlier) {
        for (ServedRelease release : applications) {
            if (release.context() != earlier) continue;
            if (release.tryAcquire()) return release;
            release.awaitClosed();
        }
        return null;
    }

    /** True while the release of this context has handlers and an open store. */
    boolean isOpen(PublishingContext context) {
        return applications.stream().anyMatch(r -> r.context() == context && r.isOpen());
    }

    /** The errors Jetty answers itself, outside any release, get the current release's error pages. */
    Request.Handler errorPages() {
        return (request, response, callback) -> current.get().application().errorPages()
            .handle(request, response, callback);
    }

    /**
     * Makes {@code next} (its handlers started) the release every new request goes to. The previous one closes
     * when its last request ends; its dumps join the archive, and the oldest beyond the kept count leave it.
     */
    synchronized void switchTo(Served next) {
        Served previous = current.getAndSet(next);
        applications.removeIf(release -> !release.isOpen());
        applications.add(next.application());
        previous.application().release();
        if (previous.dumps() != null) archive.addFirst(previous.dumps());
        // Back to a release still in the archive: its current handlers serve its files.
        for (Iterator<ServedRelease> kept = archive.iterator(); kept.hasNext(); ) {
            ServedRelease old = kept.next();
            if (!old.id().equals(next.application().id())) continue;
            kept.remove();
            old.release();
        }
        while (archive.size() > keptReleases - 1) archive.removeLast().release();
        archiveById = archive.stream().collect(Collectors.toUnmodifiableMap(ServedRelease::id, r -> r, (a, b) -> a));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        ServedRelease release = pin(request.getHttpURI().getPath());
        Released done = new Released(callback, release);
        boolean handled;
        try {
            handled = release.handler().handle(request, response, done);
        } catch (Throwable e) {
            done.release();
            throw e;
        }
        if (!handled) done.release();
        return handled;
    }

    /** The release that answers this path, with a reference taken on it. */
    private ServedRelease pin(String path) {
        if (path != null && path.startsWith(DUMPS)) {
            int end = path.indexOf('/', DUMPS.length());
            ServedRelease archived = end < 0 ? null : archiveById.get(path.substring(DUMPS.length(), end));
            if (archived != null && archived.tryAcquire()) return archived;
        }
        while (true) {
            // Fails only if a switch released this one between the read and the reference: read again.
            ServedRelease now = current.get().application();
            if (now.tryAcquire()) return now;
        }
    }

    @Override
    protected void doStart() throws Exception {
        Served first = current.get();
        first.application().handler().start();
        if (first.dumps() != null) first.dumps().handler().start();
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        Served now = current.get();
        now.application().handler().stop();
        if (now.dumps() != null) now.dumps().handler().stop();
        synchronized (this) {
            for (ServedRelease archived : archive) archived.handler().stop();
        }
    }

    /** Completes the request's callback, then gives its reference on the release back, once. */
    private static final class Released extends Callback.Nested {
        private final ServedRelease release;
        private final AtomicBoolean released = new AtomicBoolean();

        Released(Callback callback, ServedRelease release) {
            super(callback);
            this.release = release;
        }

        @Override
        public void succeeded() {
            try {
                super.succeeded();
            } finally {
                release();
            }
        }

        @Override
        public void failed(Throwable failure) {
            try {
                super.failed(failure);
            } finally {
                release();
            }
        }

        void release() {
            if (released.compareAndSet(false, true)) release.release();
        }
    }
}
