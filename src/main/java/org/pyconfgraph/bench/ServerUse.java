package org.pyconfgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a server process and this load client used over a measured window: CPU of each and the server's
 * garbage-collection pauses, read from the log its JVM writes ({@code -Xlog:gc}), and the machine's load average.
 * Tail latency on a small machine is made of these, beside the work of the requests themselves.
 */
final class ServerUse {
    /** A pause line of the JVM's unified GC log: "... Pause Young (Normal) (G1 Evacuation Pause) 24M->8M(64M) 3.123ms". */
    private static final Pattern PAUSE = Pattern.compile("\\bPause\\b.* (\\d+(?:\\.\\d+)?)ms$");

    private final ServerProcess server;
    private final Path gcLog;

    /** @param gcLog the file the server's JVM logs its collections to ({@link #jvmOptions}) */
    ServerUse(ServerProcess server, Path gcLog) {
        this.server = server;
        this.gcLog = gcLog;
    }

    /** The JVM options that make a server log its collections to {@code gcLog}, which {@link #mark} then reads. */
    static String jvmOption(Path gcLog) { return "-Xlog:gc:file=" + gcLog; }

    /** A point in time to measure from. */
    Mark mark() {
        return new Mark(server.cpuSeconds(), clientCpuSeconds(), length(), loadAverage());
    }

    /** What was used from {@code from} until now. */
    Window since(Mark from, int requests) {
        double serverCpu = server.cpuSeconds() - from.serverCpu();
        double clientCpu = clientCpuSeconds() - from.clientCpu();
        int pauses = 0;
        double total = 0;
        double longest = 0;
        for (String line : newLines(from.gcLogLength())) {
            Matcher pause = PAUSE.matcher(line.strip());
            if (!pause.find()) continue;
            double millis = Double.parseDouble(pause.group(1));
            pauses++;
            total += millis;
            longest = Math.max(longest, millis);
        }
        return new Window(1000 * serverCpu / requests, 1000 * clientCpu / requests, pauses, total, longest,
            from.loadAverage(), loadAverage());
    }

    record Mark(double serverCpu, double clientCpu, long gcLogLength, double loadAverage) {}

    /** Per request: CPU milliseconds of the server and of the client; the server's pauses; the load average before and after. */
    record Window(double serverCpuMillis, double clientCpuMillis, int pauses, double pauseMillis,
                  double longestPauseMillis, double loadBefore, double loadAfter) {
        @Override
        public String toString() {
            return String.format("server CPU %.2f ms and load client CPU %.2f ms per request; GC: %d pauses, "
                    + "%.0f ms in all, longest %.1f ms; load average %.2f -> %.2f", serverCpuMillis, clientCpuMillis,
                pauses, pauseMillis, longestPauseMillis, loadBefore, loadAfter);
        }
    }

    private long length() {
        try {
            return Files.exists(gcLog) ? Files.size(gcLog) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String[] newLines(long from) {
        try {
            byte[] all = Files.exists(gcLog) ? Files.readAllBytes(gcLog) : new byte[0];
            int start = (int) Math.min(from, all.length);
            return new String(all, start, all.length - start, StandardCharsets.UTF_8).split("\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double clientCpuSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getProcessCpuTime() / 1e9 : -1;
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
