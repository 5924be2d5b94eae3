package org.pyconfgraph.publish.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.publish.ServerLimits;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.publish.sparql.SparqlModule;
import org.pyconfgraph.testing.BundledRelease;
import org.pyconfgraph.testing.RunningServer;

import com.sun.management.HotSpotDiagnosticMXBean;

/** What a started server sets in its JVM so that, idle, it gives back the memory a burst grew it into. */
@DisplayName("A running server returns memory when idle")
class IdleMemoryReturnTest {
    @Test
    @DisplayName("turns on G1's periodic collection at the memory-return interval, with free-heap ratios that uncommit")
    void setsTheJvmToReturnMemory() {
        ServerLimits limits = ServerLimits.defaults();
        assertEquals(Duration.ofSeconds(10), limits.memoryReturn());
        try (RunningServer server = RunningServer.start(BundledRelease.sources(), ServerSettings.defaults().withLimits(limits))) {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            assertEquals("10000", hotspot.getVMOption("G1PeriodicGCInterval").getValue());
            assertEquals("30", hotspot.getVMOption("MaxHeapFreeRatio").getValue());
            assertEquals("10", hotspot.getVMOption("MinHeapFreeRatio").getValue());
            assertEquals(200, server.get(SparqlModule.PATH.substring(1) + "?query=ASK%7B%7D", "Accept", "text/csv")
                .statusCode());
        }
    }
}
