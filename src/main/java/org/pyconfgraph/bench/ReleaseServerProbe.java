package org.pyconfgraph.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;


/**
 * {@code serve --release} of a built release in a process of its own, as an operator runs it, so that its memory
 * is its own: time to the first answer, resident memory, and document latency at 16 connections on random
 * synthetic resources (a different event each request).
 */
final class ReleaseServerProbe {
    private static final double FIRST_ANSWER_GOAL_SECONDS = 1;
    private static final long RSS_GOAL_MB = 2048;
    private static final double P99_GOAL_MILLIS = 10;
    private static final int CONNECTIONS = 16;
    private static final int REQUESTS_PER_CONNECTION = 250;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(90);

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
            latency(base, events, "ttl", "text/turtle");
            latency(base, events, "html", "text/html");
            long home = System.nanoTime();
            int homeStatus = send(Benchmark.get(base, "text/html"));
            out.printf("  GET / (home page and timeline, %d): %.0f ms the first time (another branch bounds it)%n",
                homeStatus, (System.nanoTime() - home) / 1e6);
            out.printf("  resident memory at the end (peak %,d MB): %,d MB   goal < %,d MB%n",
                server.peakRssKiB() >> 10, server.rssKiB() >> 10, RSS_GOAL_MB);
        }
    }

    /** Documents of random synthetic events at 16 connections; p50 and p99 against the p99 goal. */
    private void latency(String base, SyntheticSources events, String extension, String accept) {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        List<Future<long[]>> runs = new ArrayList<>();
        long wall = System.nanoTime();
        for (int c = 0; c < CONNECTIONS; c++) {
            SplittableRandom random = new SplittableRandom(c);
            runs.add(pool.submit(() -> {
                long[] nanos = new long[REQUESTS_PER_CONNECTION];
                int done = 0;
                for (; done < nanos.length && System.nanoTime() < deadline; done++) {
                    int event = random.nextInt(events.events());
                    String path = "doc/event/syn-" + event / SyntheticSources.EDITIONS_PER_SERIES + "-"
                        + (event % SyntheticSources.EDITIONS_PER_SERIES + 1) + "." + extension;
                    long t = System.nanoTime();
                    int status = send(Benchmark.get(base + path, accept));
                    nanos[done] = System.nanoTime() - t;
                    if (status != 200) throw new IllegalStateException(path + " answered " + status);
                }
                return Arrays.copyOf(nanos, done);
            }));
        }
        long[] all = runs.stream().map(ReleaseServerProbe::join).flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = (System.nanoTime() - wall) / 1e9;
        pool.shutdown();
        out.printf("  %,d documents (.%s) of random events at %d connections: p50 %.1f ms   p99 %.1f ms   goal p99 < %.0f ms"
                + "   ratio %.2f   %,.0f req/s%n", all.length, extension, CONNECTIONS, percentile(all, 0.50),
            percentile(all, 0.99), P99_GOAL_MILLIS, percentile(all, 0.99) / P99_GOAL_MILLIS, all.length / seconds);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static long[] join(Future<long[]> run) {
        try {
            return run.get();
        } catch (Exception e) {
            throw new IllegalStateException("a load connection failed: " + e.getMessage(), e);
        }
    }

    private int send(HttpRequest request) { return Benchmark.send(client, request); }
}
