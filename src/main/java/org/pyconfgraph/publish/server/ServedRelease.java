package org.pyconfgraph.publish.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.pyconfgraph.publish.PublishingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One release's handler tree, counted: one reference for each request it is answering, and one for each holder
 * (the switch while it is current, the archive while its dumps are kept). When the last reference goes, the tree
 * is stopped and the release's store closed, so a request never sees its store closed under it.
 */
final class ServedRelease {
    private static final Logger LOG = LoggerFactory.getLogger("org.pyconfgraph.server");

    private final PublishingContext context;
    private final Handler handler;
    private final Request.Handler errorPages;
    private final boolean ownsStore;
    /** References; zero means closing, and a closing release is never acquired again. */
    private final AtomicInteger references = new AtomicInteger(1);
    /** Done once the handlers have stopped and the store is closed. */
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    ServedRelease(PublishingContext context, Handler handler, Request.Handler errorPages, boolean ownsStore) {
        this.context = context;
        this.handler = handler;
        this.errorPages = errorPages;
        this.ownsStore = ownsStore;
    }

    PublishingContext context() { return context; }

    String id() { return context.release().id(); }

    Handler handler() { return handler; }

    Request.Handler errorPages() { return errorPages; }

    /** True until the handlers have stopped and the store is closed. */
    boolean isOpen() { return !closed.isDone(); }

    /** Waits until a release whose last reference is gone has closed, so that its store may be opened anew. */
    void awaitClosed() { closed.join(); }

    /** Takes a reference, unless the release has already closed. */
    boolean tryAcquire() {
        for (int now = references.get(); now > 0; now = references.get())
            if (references.compareAndSet(now, now + 1)) return true;
        return false;
    }

    /** Gives a reference back; the last one stops the handler tree and closes the store. */
    void release() {
        if (references.decrementAndGet() != 0) return;
        try {
            handler.stop();
        } catch (Exception e) {
            LOG.warn("release {}: stopping its handlers failed: {}", id(), e.toString());
        }
        try {
            if (!ownsStore) return;
            context.store().close();
            LOG.info("release {}: closed, its last request ended", id());
        } finally {
            closed.complete(null);
        }
    }
}
