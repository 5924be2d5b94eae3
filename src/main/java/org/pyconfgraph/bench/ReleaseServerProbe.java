package org.pyconfgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;


/**
 * {@code serve --release} of a built release in a process of its own, as an operator runs it, so that its memory
 * is its own: time to the first answer, resident memory, and document latency at 16 connections on random
 * synthetic resources (a different event each request). For the bundled data, also the whole process's time to
 * the first answer of {@code serve --release} and of plain {@code serve} (the README's command), whose first start
 * for a base builds the release it keeps beside the program, and later starts reuse.
 */
final class ReleaseServerProbe {
    private static final double FIRST_ANSWER_GOAL_SECONDS = 1;
    /** The goal for {@code serve} of the bundled sources, the README's command. */
    private static final double SOURCES_FIRST_ANSWER_GOAL_SECONDS = 1.5;
    /** Starts of each command timed; the median is printed beside every time. */
    private static final int STARTS = 3;
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
        int port = Benchmark.freePort();
        String base = "http://127.0.0.1:" + port + "/";
        String document = base + "doc/event/syn-0-1.ttl";
        Path log = release.resolveSibling("serve.log");
        Process server = start(List.of("serve", "--release", release.toString(), "--port", String.valueOf(port)), log);
        try {
            long started = System.nanoTime();
            int status = firstAnswer(server, document, log);
            double firstSeconds = (System.nanoTime() - started) / 1e9;
            out.printf("serve --release: process start to first answer (%d, %s): %.2f s   goal < %.0f s   ratio %.2f%n",
                status, "GET /doc/event/syn-0-1.ttl", firstSeconds, FIRST_ANSWER_GOAL_SECONDS,
                firstSeconds / FIRST_ANSWER_GOAL_SECONDS);
            out.printf("  resident memory after the first answer: %,d MB   goal < %,d MB%n", rssMegabytes(server), RSS_GOAL_MB);
            latency(base, events, "ttl", "text/turtle");
            latency(base, events, "html", "text/html");
            long home = System.nanoTime();
            int homeStatus = send(Benchmark.get(base, "text/html"));
            out.printf("  GET / (home page and timeline, %d): %.0f ms the first time (another branch bounds it)%n",
                homeStatus, (System.nanoTime() - home) / 1e6);
            out.printf("  resident memory at the end (peak %,d MB): %,d MB   goal < %,d MB%n", peakRssMegabytes(server),
                rssMegabytes(server), RSS_GOAL_MB);
        } finally {
            stop(server);
        }
    }

    private static void stop(Process server) {
        server.destroy();
        try {
            if (!server.waitFor(15, TimeUnit.SECONDS)) server.destroyForcibly();
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Time from starting the process to the first answer of {@code document} (a path), for {@code serve --release}
     * of {@code release} and for plain {@code serve}, a few starts each, one process at a time.
     */
    void firstAnswers(Path release, String document) {
        int port = Benchmark.freePort();
        Path log = release.resolveSibling("serve.log");
        List<Double> fromRelease = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) fromRelease.add(timeFirstAnswer(log, port, document,
            "serve", "--release", release.toString()));
        out.printf("serve --release (bundled data), process start to first answer of %s: %s   goal < %.1f s%n",
            document, seconds(fromRelease), FIRST_ANSWER_GOAL_SECONDS);
        // The same port each time: a release is built for its base, so the first start builds it and later reuse it.
        int sourcesPort = Benchmark.freePort();
        double building = timeFirstAnswer(log, sourcesPort, document, "serve", "--port", String.valueOf(sourcesPort));
        List<Double> reusing = new ArrayList<>();
        for (int i = 0; i < STARTS; i++)
            reusing.add(timeFirstAnswer(log, sourcesPort, document, "serve", "--port", String.valueOf(sourcesPort)));
        out.printf("serve (bundled sources), process start to first answer: %.2f s the first time for its base "
                + "(unless kept from before), then %s   goal < %.1f s%n", building, seconds(reusing),
            SOURCES_FIRST_ANSWER_GOAL_SECONDS);
    }

    /** Starts a server process, times its first answer to {@code document}, and stops it. */
    private double timeFirstAnswer(Path log, int port, String document, String... command) {
        List<String> arguments = new ArrayList<>(List.of(command));
        if (!arguments.contains("--port")) arguments.addAll(List.of("--port", String.valueOf(port)));
        Process server = start(arguments, log);
        try {
            long started = System.nanoTime();
            int status = firstAnswer(server, "http://127.0.0.1:" + port + document, log);
            if (status != 200) throw new IllegalStateException(String.join(" ", command) + " answered " + status);
            return (System.nanoTime() - started) / 1e9;
        } finally {
            stop(server);
        }
    }

    private static String seconds(List<Double> times) {
        List<Double> sorted = times.stream().sorted().toList();
        return String.format("median %.2f s (%s)", sorted.get(sorted.size() / 2),
            String.join(", ", times.stream().map(t -> String.format("%.2f", t)).toList()));
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

    /** The command line's entry point, named rather than imported: the benchmark sits below the command line. */
    private static final String ENTRY_POINT = "org.pyconfgraph.cli.Main";

    private static Process start(List<String> arguments, Path log) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), ENTRY_POINT));
        command.addAll(arguments);
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls until the server answers (a refused connection means it is not listening yet). */
    private int firstAnswer(Process server, String url, Path log) {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) throw new IllegalStateException("serve exited with " + server.exitValue()
                + ":\n" + tail(log));
            try {
                return client.send(Benchmark.get(url, "text/turtle"), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notYet) {
                sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("serve did not answer within 10 minutes");
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private int send(HttpRequest request) { return Benchmark.send(client, request); }

    private static long rssMegabytes(Process process) { return statusKilobytes(process, "VmRSS:") >> 10; }

    private static long peakRssMegabytes(Process process) { return statusKilobytes(process, "VmHWM:") >> 10; }

    /** A figure of /proc/PID/status (Linux); -1 where there is none. */
    private static long statusKilobytes(Process process, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")))
                if (line.startsWith(field)) return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
