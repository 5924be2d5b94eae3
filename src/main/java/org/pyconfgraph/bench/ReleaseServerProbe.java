package org.pyconfgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    /** Starts of each command timed; the median is printed beside every time. */
    private static final int STARTS = 3;
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
        try (ServerProcess server = ServerProcess.start(List.of("--release", release.toString()),
                release.resolveSibling("serve.log"))) {
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
                new RandomResourceLoad(events, LOAD_TIME, out).run(base, anchor);
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
     * Time from starting the process to the first answer of {@code document} (a path), for {@code serve --release}
     * of {@code release} and for plain {@code serve}, a few starts each, one process at a time.
     */
    void firstAnswers(Path release, String document) {
        Path log = release.resolveSibling("serve.log");
        List<Double> fromRelease = new ArrayList<>();
        for (int i = 0; i < STARTS; i++)
            fromRelease.add(timeFirstAnswer(log, Benchmark.freePort(), document, "--release", release.toString()));
        out.printf("serve --release (bundled data), process start to first answer of %s: %s   goal < %.1f s%n",
            document, seconds(fromRelease), FIRST_ANSWER_GOAL_SECONDS);
        // The same port each time: a release is built for its base, so the first start builds it and later reuse it.
        int sourcesPort = Benchmark.freePort();
        double building = timeFirstAnswer(log, sourcesPort, document);
        List<Double> reusing = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) reusing.add(timeFirstAnswer(log, sourcesPort, document));
        out.printf("serve (bundled sources), process start to first answer: %.2f s the first time for its base "
                + "(unless kept from before), then %s   goal < %.1f s%n", building, seconds(reusing),
            SOURCES_FIRST_ANSWER_GOAL_SECONDS);
    }

    /** Starts {@code serve ARGUMENTS} on {@code port}, times its first answer to {@code document}, and stops it. */
    private double timeFirstAnswer(Path log, int port, String document, String... arguments) {
        long started = System.nanoTime();
        try (ServerProcess server = ServerProcess.start(List.of(arguments), log, port)) {
            int status = server.firstAnswer(client, server.base() + document.substring(1), "text/turtle");
            if (status != 200) throw new IllegalStateException("serve " + String.join(" ", arguments) + " answered " + status);
            return (System.nanoTime() - started) / 1e9;
        }
    }

    private static String seconds(List<Double> times) {
        List<Double> sorted = times.stream().sorted().toList();
        return String.format("median %.2f s (%s)", sorted.get(sorted.size() / 2),
            String.join(", ", times.stream().map(t -> String.format("%.2f", t)).toList()));
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
