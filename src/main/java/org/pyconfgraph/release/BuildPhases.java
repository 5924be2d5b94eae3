package org.pyconfgraph.release;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The phases of a build, each timed with the peak heap in use while it ran (sampled every few milliseconds, so
 * it counts garbage not yet collected too: the heap that phase needs to run without waiting on the collector).
 */
public final class BuildPhases {
    /** A finished phase. */
    /** @param cpuMillis CPU time of the whole process while the phase ran: on a busy machine, what it cost */
    public record Phase(String name, long millis, long cpuMillis, long peakHeapBytes, long retainedHeapBytes) {}

    private static final long SAMPLE_MILLIS = 5;
    private final List<Phase> phases = new ArrayList<>();
    private final Consumer<Phase> listener;
    private final boolean collect;

    /**
     * @param listener told of each phase as it ends (a build prints its progress through it)
     * @param collect  whether to collect garbage after each phase to measure the heap it leaves in use (a benchmark's
     *                 profile; a full collection of a large heap takes a moment)
     */
    public BuildPhases(Consumer<Phase> listener, boolean collect) {
        this.listener = listener;
        this.collect = collect;
    }

    public static BuildPhases untracked() { return new BuildPhases(phase -> {}, false); }

    public synchronized List<Phase> phases() { return List.copyOf(phases); }

    public void run(String name, Runnable step) {
        run(name, () -> {
            step.run();
            return null;
        });
    }

    public <T> T run(String name, Supplier<T> step) {
        AtomicLong peak = new AtomicLong(usedHeap());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(usedHeap(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "build-phase-heap");
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        long cpu = processCpuNanos();
        try {
            return step.get();
        } finally {
            sampler.interrupt();
            peak.accumulateAndGet(usedHeap(), Math::max);
            long millis = (System.nanoTime() - started) / 1_000_000;
            long cpuMillis = (processCpuNanos() - cpu) / 1_000_000;
            if (collect) System.gc();
            Phase phase = new Phase(name, millis, cpuMillis, peak.get(), collect ? usedHeap() : -1);
            synchronized (this) {
                phases.add(phase);
            }
            listener.accept(phase);
        }
    }

    /** -1 where the platform does not tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getProcessCpuTime() : -1;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
