package org.pyconfgraph.publish.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.publish.ServerLimits;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.testing.RunningServer;

import com.sun.management.HotSpotDiagnosticMXBean;

/** What a started server does in its JVM so that, idle, it gives back the memory a burst grew it into. */
@DisplayName("A running server returns memory when idle")
class IdleMemoryReturnTest {
    private static final Duration INTERVAL = Duration.ofSeconds(1);

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

            grow();
            long grown = committedHeap();
            long collections = collections();
            Thread.sleep(INTERVAL.toMillis() * 5);

            assertTrue(collections() > collections, "collected while idle");
            assertTrue(committedHeap() < grown, "heap committed " + (grown >> 20) + " MiB grown, "
                + (committedHeap() >> 20) + " MiB once idle");
            assertEquals(200, server.get("sparql?query=ASK%7B%7D", "Accept", "text/csv").statusCode());
        }
    }

    /** A burst's worth of short-lived garbage, with enough alive at once to make the heap grow. */
    private static void grow() {
        List<byte[]> held = new ArrayList<>();
        for (int i = 0; i < 256; i++) held.add(new byte[1 << 20]);
        assertEquals(256, held.size());
    }

    private static long committedHeap() { return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted(); }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
            .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(count -> count > 0).sum();
    }
}
