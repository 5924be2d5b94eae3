package org.pyconfgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * {@code serve --release} of a built release in a process of its own, as an operator runs it, so that its memory
 * is its own: time to the first answer, resident memory, the home page's pages, and document latency at 16
 * connections on random synthetic resources beside static files ({@link RandomResourceLoad}). For the bundled
 * data, also the whole process's time to the first answer of {@code serve --release} and of plain {@code serve}
 * (the README's command), whose first start for a base builds the release it keeps beside the program, and later
 * starts reuse.
 */
final class ReleaseServerProbe {
    private static final double FIRST_ANSWER_GOAL_SECONDS = 1;
    /** The goal for {@code serve} of the bundled sources, the README's command. */
    private static final double SOURCES_FIRST_ANSWER_GOAL_SECONDS = 1.5;
    private static final long RSS_GOAL_MB = 2048;
    /** How long each load measurement runs (after a short warm-up of its own). */
    private static final Duration LOAD_TIME = Duration.ofSeconds(15);

    private final PrintStream out;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ReleaseServerProbe(PrintStream out) {
        this.out = out;
    }

    void run(Path release, SyntheticSources events) {
        long started = System.nanoTime();
        Path gcLog = release.resolveSibling("serve-gc.log");
        try (ServerProcess server = ServerProcess.start(List.of(ServerUse.jvmOption(gcLog)),
                List.of("--release", release.toString()), release.resolveSibling("serve.log"), Benchmark.freePort())) {
            String base = server.base();
            int status = server.firstAnswer(client, base + "doc/event/syn-0-1.ttl", "text/turtle");
            double firstSeconds = (System.nanoTime() - started) / 1e9;
            out.printf("serve --release: process start to first answer (%d, %s): %.2f s   goal < %.0f s   ratio %.2f%n",
                status, "GET /doc/event/syn-0-1.ttl", firstSeconds, FIRST_ANSWER_GOAL_SECONDS,
                firstSeconds / FIRST_ANSWER_GOAL_SECONDS);
            out.printf("  resident memory after the first answer: %,d MB   goal < %,d MB%n", server.rssKiB() >> 10,
                RSS_GOAL_MB);
            Path anchor = Files.createTempDirectory("pyconf-graph-static");
            try {
                new RandomResourceLoad(events, LOAD_TIME, out, new ServerUse(server, gcLog)).run(base, anchor);
            } finally {
                ScaleBenchmark.deleteQuietly(anchor);
            }
            homePages(base, events);
            out.printf("  resident memory at the end (peak %,d MB): %,d MB   goal < %,d MB%n",
                server.peakRssKiB() >> 10, server.rssKiB() >> 10, RSS_GOAL_MB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Time from starting the process to the first answer of {@code document} (a path), and the CPU time the process
     * used until then, for {@code serve --release} of {@code release} and for plain {@code serve}, {@code starts}
     * starts each, one process at a time; with the class-data archive beside the jar (as the README's run command
     * names it) and without, alternately, so both meet the same load.
     */
    void firstAnswers(Path release, String document, int starts) {
        Path log = release.resolveSibling("serve.log");
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("without class-data archive", List.of());
        ServerProcess.classDataArchive().ifPresent(archive ->
            variants.put("with the class-data archive", List.of("-XX:SharedArchiveFile=" + archive)));
        out.printf("whole-process starts to the first answer of %s; load average %.2f%n", document, loadAverage());
        Map<String, List<Start>> fromRelease = new LinkedHashMap<>();
        for (int i = 0; i < starts; i++)
            variants.forEach((name, jvm) -> fromRelease.computeIfAbsent(name, n -> new ArrayList<>())
                .add(timeFirstAnswer(jvm, log, Benchmark.freePort(), document, "--release", release.toString())));
        fromRelease.forEach((name, times) -> out.printf("serve --release (bundled data), %s: %s   goal < %.1f s%n",
            name, summary(times), FIRST_ANSWER_GOAL_SECONDS));
        // The same port each time: a release is built for its base, so the first start builds it and later reuse it.
        int sourcesPort = Benchmark.freePort();
        Start building = timeFirstAnswer(List.of(), log, sourcesPort, document);
        out.printf("serve (bundled sources), the first start for its base (builds the release it keeps, unless kept "
            + "from before): %.2f s, CPU %.2f s%n", building.wall(), building.cpu());
        Map<String, List<Start>> reusing = new LinkedHashMap<>();
        for (int i = 0; i < starts; i++)
            variants.forEach((name, jvm) -> reusing.computeIfAbsent(name, n -> new ArrayList<>())
                .add(timeFirstAnswer(jvm, log, sourcesPort, document)));
        reusing.forEach((name, times) -> out.printf("serve (bundled sources) reusing it, %s: %s   goal < %.1f s%n",
            name, summary(times), SOURCES_FIRST_ANSWER_GOAL_SECONDS));
        out.printf("  load average at the end: %.2f%n", loadAverage());
    }

    /** One start: wall time to the first answer, and the CPU time of the server process until then. */
    private record Start(double wall, double cpu) {}

    /** Starts {@code serve ARGUMENTS} on {@code port}, times its first answer to {@code document}, and stops it. */
    private Start timeFirstAnswer(List<String> jvmOptions, Path log, int port, String document, String... arguments) {
        long started = System.nanoTime();
        try (ServerProcess server = ServerProcess.start(jvmOptions, List.of(arguments), log, port)) {
            int status = server.firstAnswer(client, server.base() + document.substring(1), "text/turtle");
            double wall = (System.nanoTime() - started) / 1e9;
            if (status != 200) throw new IllegalStateException("serve " + String.join(" ", arguments) + " answered " + status);
            return new Start(wall, server.cpuSeconds());
        }
    }

    private static String summary(List<Start> starts) {
        return String.format("median %.2f s, CPU %.2f s (wall %s; CPU %s)", median(starts, Start::wall),
            median(starts, Start::cpu), join(starts, Start::wall), join(starts, Start::cpu));
    }

    private static double median(List<Start> starts, ToDoubleFunction<Start> figure) {
        double[] sorted = starts.stream().mapToDouble(figure).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static String join(List<Start> starts, ToDoubleFunction<Start> figure) {
        return String.join(", ", starts.stream().map(s -> String.format("%.2f", figure.applyAsDouble(s))).toList());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * The home page's first, middle and last pages, each the first time it is asked for (then it is cached): what
     * the timeline index bounds to the page's size.
     */
    private void homePages(String base, SyntheticSources events) {
        int pages = Math.max(1, (events.events() + 99) / 100);
        for (int page : IntStream.of(1, (pages + 1) / 2, pages).distinct().toArray()) {
            String path = page == 1 ? "" : "?page=" + page;
            long started = System.nanoTime();
            // A release without the index computes it on its first page: allowed far more than a page's time.
            int status = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .timeout(Duration.ofMinutes(10)).GET().build());
            out.printf("  GET /%s (home page and timeline, %d): %.0f ms the first time%n", path, status,
                (System.nanoTime() - started) / 1e6);
        }
    }

    private int send(HttpRequest request) { return Benchmark.send(client, request); }
}
