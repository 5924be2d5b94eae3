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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.eclipse.jetty.server.Server;

/**
 * Documents of random resources of a synthetic release at 16 connections, each request a resource not asked for
 * before in that format (so no answer comes from the server's cache of bodies), beside the same measurement of a
 * sample of those documents served as static files by Jetty in this process: p50, p99 and throughput, each kind's
 * p99 too, and what the server and this client used meanwhile ({@link ServerUse}). Each measurement follows a
 * warm-up that runs until the throughput is steady, so that the JIT's compilation is not what is measured.
 */
final class RandomResourceLoad {
    static final int CONNECTIONS = 16;
    private static final double P99_GOAL_MILLIS = 10;
    /** Documents per kind and format fetched for the static anchor. */
    private static final int STATIC_SAMPLE = 100;
    /** The warm-up's windows: steady once a window's throughput is within 10% of the one before, twice running. */
    private static final Duration WARM_UP_WINDOW = Duration.ofSeconds(2);
    private static final double STEADY = 0.10;
    private static final int MAX_WARM_UP_WINDOWS = 15;

    enum Kind { EVENT, VENUE, CITY, SERIES }

    /** One request to make: the URL and the kind of resource it asks for. */
    private record Target(String url, Kind kind) {}

    private final SyntheticSources events;
    private final Duration duration;
    private final PrintStream out;
    private final ServerUse server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RandomResourceLoad(SyntheticSources events, Duration duration, PrintStream out, ServerUse server) {
        this.events = events;
        this.duration = duration;
        this.out = out;
        this.server = server;
    }

    /** Turtle and HTML documents of the release served at {@code base}, then the static anchor, printed side by side. */
    void run(String base, Path staticFolder) {
        out.printf("  documents of random resources (each once per format, drawn from all %,d events, venues, cities "
            + "and series), %d connections, %d s each after a warm-up to steady throughput:%n", resources(),
            CONNECTIONS, duration.toSeconds());
        Map<String, Result> served = new java.util.LinkedHashMap<>();
        Map<String, ServerUse.Window> used = new java.util.LinkedHashMap<>();
        for (String[] format : FORMATS) {
            Shuffled resources = new Shuffled(format[1].hashCode());
            warmUp(format[0] + " served", resources.warmUp(base, format[0]), format[1]);
            ServerUse.Mark mark = server.mark();
            Result result = measure(resources.measured(base, format[0]), format[1], duration);
            used.put(format[0], server.since(mark, result.count()));
            served.put(format[0], result);
        }
        Server jetty = staticServer(base, staticFolder);
        try {
            String staticBase = StaticFiles.base(jetty);
            for (String[] format : FORMATS) {
                Function<SplittableRandom, Target> file = random -> {
                    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
                    return new Target(staticBase + kind.name().toLowerCase() + "-" + random.nextInt(STATIC_SAMPLE)
                        + "." + format[0], kind);
                };
                warmUp(format[0] + " static", file, "*/*");
                Result plain = measure(file, "*/*", duration);
                Result ours = served.get(format[0]);
                out.printf("    .%-4s served: %s%n", format[0], ours);
                out.printf("    .%-4s static: %s%n", format[0], plain);
                out.printf("    .%-4s p99 %.1f ms (static %.1f ms)   goal < %.0f ms   ratio %.2f   throughput %.2fx "
                        + "static%n", format[0], ours.p99(), plain.p99(), P99_GOAL_MILLIS, ours.p99() / P99_GOAL_MILLIS,
                    ours.perSecond() / plain.perSecond());
                out.printf("    .%-4s %s%n", format[0], used.get(format[0]));
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

    /**
     * Windows of load until the throughput is steady (or the windows, or the warm-up's half of the resources, run
     * out), printed with their rates: a fresh server's first seconds run interpreted and compiling code.
     */
    private void warmUp(String what, Function<SplittableRandom, Target> next, String accept) {
        List<String> rates = new ArrayList<>();
        double before = -1;
        int steady = 0;
        for (int window = 0; window < MAX_WARM_UP_WINDOWS && steady < 2; window++) {
            Result result = measure(next, accept, WARM_UP_WINDOW);
            rates.add(String.format("%.0f", result.perSecond()));
            if (result.exhausted()) break;
            steady = before > 0 && Math.abs(result.perSecond() - before) <= STEADY * before ? steady + 1 : 0;
            before = result.perSecond();
        }
        out.printf("    %-11s warm-up %s: %s req/s per %d s window%n", what, steady >= 2 ? "steady" : "NOT steady",
            String.join(", ", rates), WARM_UP_WINDOW.toSeconds());
    }

    private int resources() { return events.events() + events.venues() + events.cities() + events.series(); }

    /**
     * Every resource of the release once, in an order of its own: the document paths a warm-up and then a
     * measurement ask for. The warm-up draws from the first half and the measurement from the second, so that a fast
     * warm-up on a small release cannot leave the measurement nothing to ask for.
     */
    private final class Shuffled {
        private final int[] order;
        private final AtomicInteger warmUp = new AtomicInteger();
        private final AtomicInteger measured;

        Shuffled(long seed) {
            order = new int[resources()];
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < order.length; i++) {
                int j = random.nextInt(i + 1);
                order[i] = order[j];
                order[j] = i;
            }
            measured = new AtomicInteger(order.length / 2);
        }

        /** The warm-up's next resource, or null once it has asked for its half. */
        Function<SplittableRandom, Target> warmUp(String base, String extension) {
            return from(warmUp, order.length / 2, base, extension);
        }

        /** The measurement's next resource, or null once it has asked for its half. */
        Function<SplittableRandom, Target> measured(String base, String extension) {
            return from(measured, order.length, base, extension);
        }

        private Function<SplittableRandom, Target> from(AtomicInteger next, int end, String base, String extension) {
            return random -> {
                int i = next.getAndIncrement();
                return i < end ? target(base, order[i], extension) : null;
            };
        }
    }

    /** The resource numbered {@code n}: events first, then venues, cities and series. */
    private Target target(String base, int n, String extension) {
        String resource;
        Kind kind;
        if (n < events.events()) {
            kind = Kind.EVENT;
            resource = "event/syn-" + n / SyntheticSources.EDITIONS_PER_SERIES + "-"
                + (n % SyntheticSources.EDITIONS_PER_SERIES + 1);
        } else if ((n -= events.events()) < events.venues()) {
            kind = Kind.VENUE;
            resource = "place/syn-venue-" + n;
        } else if ((n -= events.venues()) < events.cities()) {
            kind = Kind.CITY;
            resource = "place/syn-city-" + n;
        } else {
            kind = Kind.SERIES;
            resource = "series/syn-" + (n - events.cities());
        }
        return new Target(base + "doc/" + resource + "." + extension, kind);
    }

    /** Requests for {@code time} at 16 connections (or until {@code next} has none left), each to a target it gives. */
    private Result measure(Function<SplittableRandom, Target> next, String accept, Duration time) {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        long deadline = System.nanoTime() + time.toNanos();
        List<Future<Map<Kind, long[]>>> runs = new ArrayList<>();
        long wall = System.nanoTime();
        for (int c = 0; c < CONNECTIONS; c++) {
            SplittableRandom random = new SplittableRandom(c * 7919L + wall);
            runs.add(pool.submit(() -> {
                Map<Kind, long[]> nanos = new EnumMap<>(Kind.class);
                Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
                Target target;
                while (System.nanoTime() < deadline && (target = next.apply(random)) != null) {
                    long t = System.nanoTime();
                    int status = Benchmark.send(client, Benchmark.get(target.url(), accept));
                    long took = System.nanoTime() - t;
                    if (status != 200) throw new IllegalStateException(target.url() + " answered " + status);
                    long[] kindNanos = nanos.computeIfAbsent(target.kind(), k -> new long[1024]);
                    int n = counts.merge(target.kind(), 1, Integer::sum);
                    if (n > kindNanos.length)
                        nanos.put(target.kind(), kindNanos = Arrays.copyOf(kindNanos, kindNanos.length * 2));
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
        boolean exhausted = System.nanoTime() < deadline - 100_000_000L;
        if (exhausted)
            out.printf("    (every resource of its half asked for after %.1f s of %d s: measured no longer)%n", seconds,
                time.toSeconds());
        return Result.of(byKind, seconds, exhausted);
    }

    /** Overall and per-kind latency of one measurement. */
    record Result(int count, double p50, double p99, double perSecond, Map<Kind, long[]> byKind, boolean exhausted) {
        static Result of(Map<Kind, long[]> byKind, double seconds, boolean exhausted) {
            long[] all = byKind.values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
            byKind.values().forEach(Arrays::sort);
            return new Result(all.length, percentile(all, 0.50), percentile(all, 0.99), all.length / seconds, byKind,
                exhausted);
        }

        @Override
        public String toString() {
            StringBuilder kinds = new StringBuilder();
            byKind.forEach((kind, values) -> kinds.append(String.format("   %s p99 %.1f (%,d)",
                kind.name().toLowerCase(), percentile(values, 0.99), values.length)));
            return String.format("%,7d requests   p50 %6.1f ms   p99 %6.1f ms   %,7.0f req/s  %s", count, p50, p99,
                perSecond, kinds);
        }
    }

    /** @param sorted in ascending order */
    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
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
                    Benchmark.send(client, HttpRequest.newBuilder(URI.create(base + sample(random, kind, format[0])))
                            .header("Accept", format[1]).build(),
                        HttpResponse.BodyHandlers.ofFile(folder.resolve(kind.name().toLowerCase() + "-" + i + "."
                            + format[0])));
        return StaticFiles.serve(folder);
    }

    /** The path of a resource of this kind drawn at random (the static anchor's sample may repeat one). */
    private String sample(SplittableRandom random, Kind kind, String extension) {
        int first = switch (kind) {
            case EVENT -> 0;
            case VENUE -> events.events();
            case CITY -> events.events() + events.venues();
            case SERIES -> events.events() + events.venues() + events.cities();
        };
        int count = switch (kind) {
            case EVENT -> events.events();
            case VENUE -> events.venues();
            case CITY -> events.cities();
            case SERIES -> events.series();
        };
        return target("", first + random.nextInt(count), extension).url();
    }
}
