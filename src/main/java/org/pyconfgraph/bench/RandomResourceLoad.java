package org.pyconfgraph.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

import org.eclipse.jetty.server.Server;

/**
 * Documents of random resources of a synthetic release (an event, a place or a series, a different one each
 * request, drawn from all of them) at 16 connections for a fixed time, beside the same measurement of a sample of
 * those documents served as static files by Jetty in this process: p50, p99 and throughput, each kind's p99 too.
 */
final class RandomResourceLoad {
    static final int CONNECTIONS = 16;
    private static final double P99_GOAL_MILLIS = 10;
    /** Documents per kind and format fetched for the static anchor. */
    private static final int STATIC_SAMPLE = 100;

    enum Kind { EVENT, PLACE, SERIES }

    private final SyntheticSources events;
    private final Duration duration;
    private final PrintStream out;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RandomResourceLoad(SyntheticSources events, Duration duration, PrintStream out) {
        this.events = events;
        this.duration = duration;
        this.out = out;
    }

    /** Turtle and HTML documents of the release served at {@code base}, then the static anchor, printed side by side. */
    void run(String base, Path staticFolder) {
        out.printf("  documents of random resources (events, places, series alike), %d connections, %d s each:%n",
            CONNECTIONS, duration.toSeconds());
        Map<String, Result> served = new java.util.LinkedHashMap<>();
        for (String[] format : FORMATS) {
            measure((random, kind) -> base + path(random, kind, format[0]), format[1], Duration.ofSeconds(3));
            served.put(format[0], measure((random, kind) -> base + path(random, kind, format[0]), format[1], duration));
        }
        Server jetty = staticServer(base, staticFolder);
        try {
            String staticBase = StaticFiles.base(jetty);
            for (String[] format : FORMATS) {
                BiFunction<SplittableRandom, Kind, String> file = (random, kind) -> staticBase
                    + kind.name().toLowerCase() + "-" + random.nextInt(STATIC_SAMPLE) + "." + format[0];
                measure(file, "*/*", Duration.ofSeconds(3));
                Result plain = measure(file, "*/*", duration);
                Result ours = served.get(format[0]);
                out.printf("    .%-4s served: %s%n", format[0], ours);
                out.printf("    .%-4s static: %s%n", format[0], plain);
                out.printf("    .%-4s p99 %.1f ms   goal < %.0f ms   ratio %.2f   throughput %.2fx static%n", format[0],
                    ours.p99(), P99_GOAL_MILLIS, ours.p99() / P99_GOAL_MILLIS, ours.perSecond() / plain.perSecond());
            }
        } finally {
            try {
                jetty.stop();
            } catch (Exception e) {
                out.println("static server did not stop cleanly: " + e.getMessage());
            }
        }
    }

    private static final String[][] FORMATS = {{"ttl", "text/turtle"}, {"html", "text/html"}};

    /** A resource of this kind drawn at random from all of the release's: its document's path. */
    private String path(SplittableRandom random, Kind kind, String extension) {
        String resource = switch (kind) {
            case EVENT -> {
                int event = random.nextInt(events.events());
                yield "event/syn-" + event / SyntheticSources.EDITIONS_PER_SERIES + "-"
                    + (event % SyntheticSources.EDITIONS_PER_SERIES + 1);
            }
            case PLACE -> random.nextBoolean() ? "place/syn-venue-" + random.nextInt(events.venues())
                : "place/syn-city-" + random.nextInt(events.cities());
            case SERIES -> "series/syn-" + random.nextInt(events.series());
        };
        return "doc/" + resource + "." + extension;
    }

    /** Requests for {@code time} at 16 connections, each of a kind in turn and a URL {@code url} draws. */
    private Result measure(BiFunction<SplittableRandom, Kind, String> url, String accept, Duration time) {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        long deadline = System.nanoTime() + time.toNanos();
        List<Future<Map<Kind, long[]>>> runs = new ArrayList<>();
        long wall = System.nanoTime();
        for (int c = 0; c < CONNECTIONS; c++) {
            SplittableRandom random = new SplittableRandom(c * 7919L + time.toMillis());
            runs.add(pool.submit(() -> {
                Map<Kind, long[]> nanos = new EnumMap<>(Kind.class);
                Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
                for (int i = 0; System.nanoTime() < deadline; i++) {
                    Kind kind = Kind.values()[i % Kind.values().length];
                    String target = url.apply(random, kind);
                    long t = System.nanoTime();
                    int status = Benchmark.send(client, Benchmark.get(target, accept));
                    long took = System.nanoTime() - t;
                    if (status != 200) throw new IllegalStateException(target + " answered " + status);
                    long[] kindNanos = nanos.computeIfAbsent(kind, k -> new long[1024]);
                    int n = counts.merge(kind, 1, Integer::sum);
                    if (n > kindNanos.length) nanos.put(kind, kindNanos = Arrays.copyOf(kindNanos, kindNanos.length * 2));
                    kindNanos[n - 1] = took;
                }
                nanos.replaceAll((kind, values) -> Arrays.copyOf(values, counts.getOrDefault(kind, 0)));
                return nanos;
            }));
        }
        Map<Kind, long[]> byKind = new EnumMap<>(Kind.class);
        for (Future<Map<Kind, long[]>> run : runs)
            join(run).forEach((kind, values) -> byKind.merge(kind, values, RandomResourceLoad::concat));
        double seconds = (System.nanoTime() - wall) / 1e9;
        pool.shutdown();
        return Result.of(byKind, seconds);
    }

    /** Overall and per-kind latency of one measurement. */
    record Result(int count, double p50, double p99, double perSecond, Map<Kind, Double> kindP99) {
        static Result of(Map<Kind, long[]> byKind, double seconds) {
            long[] all = byKind.values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
            Map<Kind, Double> kindP99 = new EnumMap<>(Kind.class);
            byKind.forEach((kind, values) -> kindP99.put(kind, percentile(values.clone(), 0.99)));
            return new Result(all.length, percentile(all, 0.50), percentile(all, 0.99), all.length / seconds, kindP99);
        }

        @Override
        public String toString() {
            StringBuilder kinds = new StringBuilder();
            kindP99.forEach((kind, p99) -> kinds.append(String.format("   %s p99 %.1f", kind.name().toLowerCase(), p99)));
            return String.format("%,7d requests   p50 %6.1f ms   p99 %6.1f ms   %,7.0f req/s  %s", count, p50, p99,
                perSecond, kinds);
        }
    }

    private static double percentile(long[] values, double p) {
        if (values.length == 0) return Double.NaN;
        Arrays.sort(values);
        return values[Math.min(values.length - 1, (int) Math.ceil(p * values.length) - 1)] / 1e6;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static <T> T join(Future<T> run) {
        try {
            return run.get();
        } catch (Exception e) {
            throw new IllegalStateException("a load connection failed: " + e.getMessage(), e);
        }
    }

    /** A sample of the documents, fetched from the release server and served as files by Jetty in this process. */
    private Server staticServer(String base, Path folder) {
        SplittableRandom random = new SplittableRandom(42);
        for (String[] format : FORMATS)
            for (Kind kind : Kind.values())
                for (int i = 0; i < STATIC_SAMPLE; i++)
                    Benchmark.send(client, HttpRequest.newBuilder(URI.create(base + path(random, kind, format[0])))
                            .header("Accept", format[1]).build(),
                        HttpResponse.BodyHandlers.ofFile(folder.resolve(kind.name().toLowerCase() + "-" + i + "."
                            + format[0])));
        return StaticFiles.serve(folder);
    }
}
