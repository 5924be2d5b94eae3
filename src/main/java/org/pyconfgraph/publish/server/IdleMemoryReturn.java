package org.pyconfgraph.publish.server;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import javax.management.JMException;
import javax.management.ObjectName;

import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

/**
 * Gives the memory a burst of traffic grew the process into back to the system once the server idles, so that
 * its resident size returns to its level. By default the JVM keeps its grown heap, the thread pool its threads,
 * Jetty its pooled buffers and the C library its grown arenas (compression buffers, threads' malloc) for good.
 * All are tuned here, in the process, because the server is started with no JVM flags: free-heap ratios that let
 * a collection uncommit, a full collection once nothing has allocated for an interval that keeps only a tenth of
 * the heap free, idle threads that end, the buffer pool emptied, and trims of the C heap. Options an operator set
 * on the command line are left as they are.
 */
final class IdleMemoryReturn implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("org.pyconfgraph.server");
    /** Free heap after a collection kept committed, at least and at most, in percent: the JVM's are 40 and 70. */
    private static final String MIN_FREE = "10";
    private static final String MAX_FREE = "30";
    /** The most free heap the idle collection keeps committed: the next burst grows it again at once. */
    private static final String IDLE_MAX_FREE = "10";

    private final ScheduledExecutorService timer;

    private IdleMemoryReturn(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /**
     * @param interval         how long without a collection counts as idle; zero leaves the JVM as it is
     * @param threads          the server's threads: those a burst added end once idle for the interval
     * @param buffers          the connectors' buffer pool, emptied once idle
     * @param requestsInFlight requests being served now: memory is returned only while there are none
     */
    static IdleMemoryReturn start(Duration interval, ThreadPool threads, ByteBufferPool buffers,
                                  LongSupplier requestsInFlight) {
        if (interval.isZero()) return new IdleMemoryReturn(null);
        if (threads instanceof QueuedThreadPool pool) {
            // Jetty ends one idle thread per idle timeout by default: a burst's threads would stay for hours.
            pool.setIdleTimeout((int) Math.min(Integer.MAX_VALUE, interval.toMillis()));
            pool.setMaxEvictCount(pool.getMaxThreads());
        }
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        boolean ratiosOurs = setUnlessGiven(hotspot, "MinHeapFreeRatio", MIN_FREE)
            & setUnlessGiven(hotspot, "MaxHeapFreeRatio", MAX_FREE);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idle-memory-return");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(new IdleCollection(requestsInFlight, buffers, ratiosOurs ? hotspot : null), millis,
            millis, TimeUnit.MILLISECONDS);
        return new IdleMemoryReturn(timer);
    }

    @Override
    public void close() {
        if (timer != null) timer.shutdownNow();
    }

    /** True if the option is now this class's to set. */
    private static boolean setUnlessGiven(HotSpotDiagnosticMXBean hotspot, String option, String value) {
        try {
            if (hotspot.getVMOption(option).getOrigin() != VMOption.Origin.DEFAULT) return false;
            hotspot.setVMOption(option, value);
            return true;
        } catch (IllegalArgumentException notSettable) {
            // Another JVM, or another collector's options: it keeps its own way of returning memory.
            LOG.debug("cannot set {}: {}", option, notSettable.getMessage());
            return false;
        }
    }

    /**
     * Every interval: if the JVM made no collection since the last look (nothing allocates: the server idles) and
     * none since it last compacted, the buffer pool emptied and a full collection, which uncommits the free heap
     * beyond the ratio; and while idle, a trim of the C heap at each look, since the threads a burst added end
     * (and free their C heap) only after they have idled for as long. G1's own periodic collection is concurrent
     * and gives back only part of a burst's heap.
     */
    private static final class IdleCollection implements Runnable {
        private final LongSupplier requestsInFlight;
        private final ByteBufferPool buffers;
        private final HotSpotDiagnosticMXBean ratios;
        private final NativeHeapTrim trim = new NativeHeapTrim();
        private long seen = -1;
        private long compacted = -1;

        /** @param ratios where the free-heap ratios are set, or null if they are not this class's to change */
        IdleCollection(LongSupplier requestsInFlight, ByteBufferPool buffers, HotSpotDiagnosticMXBean ratios) {
            this.requestsInFlight = requestsInFlight;
            this.buffers = buffers;
            this.ratios = ratios;
        }

        @Override
        public void run() {
            long collections = collections();
            if (collections == seen && requestsInFlight.getAsLong() == 0) {
                if (collections != compacted) {
                    buffers.clear();
                    compact();
                    compacted = collections();
                }
                trim.run();
            }
            seen = collections();
        }

        private void compact() {
            if (ratios == null) {
                System.gc();
                return;
            }
            ratios.setVMOption("MaxHeapFreeRatio", IDLE_MAX_FREE);
            try {
                System.gc();
            } finally {
                ratios.setVMOption("MaxHeapFreeRatio", MAX_FREE);
            }
        }

        private static long collections() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(count -> count > 0).sum();
        }
    }

    /**
     * The JVM's own "System.trim_native_heap" diagnostic command (glibc's malloc_trim), called in the process;
     * where the JVM or the C library has none, it is not tried again.
     */
    private static final class NativeHeapTrim implements Runnable {
        private boolean available = true;

        @Override
        public void run() {
            if (!available) return;
            try {
                ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "systemTrimNativeHeap",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            } catch (JMException | RuntimeException unavailable) {
                available = false;
                LOG.debug("the C heap cannot be trimmed here: {}", unavailable.toString());
            }
        }
    }
}
