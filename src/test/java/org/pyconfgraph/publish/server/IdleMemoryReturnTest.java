package org.pyconfgraph.publish.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.publish.ServerLimits;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.testing.RunningServer;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.HotSpotDiagnosticMXBean;

/** What a started server does in its JVM so that, idle, it gives back the memory a burst grew it into. */
@DisplayName("A running server returns memory when idle")
class IdleMemoryReturnTest {
    private static final Duration INTERVAL = Duration.ofSeconds(1);
    /**
     * How long the test waits for the idle collection: many intervals, since on a loaded machine the server's
     * timer and the collection itself wait for a core. When it comes is not what is tested; that it comes is.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    @DisplayName("sets free-heap ratios that uncommit, and once idle for its interval collects and shrinks the heap")
    void returnsMemoryWhenIdle() throws InterruptedException {
        assertEquals(Duration.ofSeconds(10), ServerLimits.defaults().memoryReturn());
        ServerLimits limits = ServerLimits.defaults().withMemoryReturn(INTERVAL);
        try (RunningServer server = RunningServer.start(SourceTree.directory(Path.of("src/test/resources/fixtures/ring")),
                ServerSettings.defaults().withLimits(limits))) {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            assertEquals("30", hotspot.getVMOption("MaxHeapFreeRatio").getValue());
            assertEquals("10", hotspot.getVMOption("MinHeapFreeRatio").getValue());

            try (FullCollections full = FullCollections.watch()) {
                grow();
                long grown = committedHeap();
                int duringBurst = full.count();
                long deadline = System.nanoTime() + PATIENCE.toNanos();
                endBurst(deadline);
                while ((full.count() == duringBurst || committedHeap() >= grown) && System.nanoTime() < deadline)
                    Thread.sleep(INTERVAL.toMillis() / 10);

                assertTrue(full.count() > duringBurst, "a full collection while idle, after the burst; collections: " + full);
                assertTrue(committedHeap() < grown, "heap committed " + (grown >> 20) + " MiB grown, "
                    + (committedHeap() >> 20) + " MiB once idle; collections: " + full);
            }
            assertEquals(200, server.get("sparql?query=ASK%7B%7D", "Accept", "text/csv").statusCode());
        }
    }

    /** A burst's worth of short-lived garbage, with enough alive at once to make the heap grow. */
    private static void grow() {
        List<byte[]> held = new ArrayList<>();
        for (int i = 0; i < 256; i++) held.add(new byte[1 << 20]);
        assertEquals(256, held.size());
    }

    /** Where the end of a burst's garbage goes, so that the compiler cannot leave it unallocated. */
    private static volatile byte[] lastGarbage;

    /**
     * The end of the burst: a little more garbage, until the JVM collects once. A burst of requests allocates until
     * its last one ends, and the server collects while idle only once something was collected since its last idle
     * collection. This burst holds its memory outside any request: on a loaded machine {@link #grow} can stall for
     * an interval without a collection, so that the server's idle collection runs while that memory is still held,
     * and without a later collection nothing would show the server that the memory has been let go since.
     */
    private static void endBurst(long deadline) {
        long collections = collections();
        while (collections() == collections && System.nanoTime() < deadline) lastGarbage = new byte[64 << 10];
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
            .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(count -> count > 0).sum();
    }

    private static long committedHeap() { return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted(); }

    /** Counts the JVM's collections asked for by {@code System.gc()}: the idle collection is one. */
    private static final class FullCollections implements NotificationListener, AutoCloseable {
        private final AtomicInteger count = new AtomicInteger();
        /** Every collection seen, for a failure's message: when, why, and the heap committed after it. */
        private final List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        static FullCollections watch() {
            FullCollections listener = new FullCollections();
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans())
                ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
            return listener;
        }

        int count() { return count.get(); }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
            if (info.getGcCause().equals("System.gc()")) count.incrementAndGet();
            seen.add("at " + info.getGcInfo().getStartTime() + " ms, " + info.getGcCause() + ": "
                + (committedHeap() >> 20) + " MiB");
        }

        @Override
        public String toString() { return seen.toString(); }

        @Override
        public void close() {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans())
                try {
                    ((NotificationEmitter) collector).removeNotificationListener(this);
                } catch (ListenerNotFoundException e) {
                    throw new IllegalStateException(e);
                }
        }
    }
}
