package org.pyconfgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;


/**
 * {@code serve --release} of a built release in a process of its own, as an operator runs it, so that its memory
 * is its own: time to the first answer, resident memory, the home page's pages, and document latency at 16
 * connections on random synthetic resources beside static files ({@link RandomResourceLoad}).
 */
final class ReleaseServerProbe {
    private static final double FIRST_ANSWER_GOAL_SECONDS = 1;
    private static final long RSS_GOAL_MB = 2048;
    /** How long each load measurement runs (after a short warm-up of its own). */
    private static final Duration LOAD_TIME = Duration.ofSeconds(15);

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
        Process server = start(release, port, log);
        try {
            long started = System.nanoTime();
            int status = firstAnswer(server, document, log);
            double firstSeconds = (System.nanoTime() - started) / 1e9;
            out.printf("serve --release: process start to first answer (%d, %s): %.2f s   goal < %.0f s   ratio %.2f%n",
                status, "GET /doc/event/syn-0-1.ttl", firstSeconds, FIRST_ANSWER_GOAL_SECONDS,
                firstSeconds / FIRST_ANSWER_GOAL_SECONDS);
            out.printf("  resident memory after the first answer: %,d MB   goal < %,d MB%n", rssMegabytes(server), RSS_GOAL_MB);
            Path anchor = Files.createTempDirectory("pyconf-graph-static");
            try {
                new RandomResourceLoad(events, LOAD_TIME, out).run(base, anchor);
            } finally {
                ScaleBenchmark.deleteQuietly(anchor);
            }
            homePages(base, events);
            out.printf("  resident memory at the end (peak %,d MB): %,d MB   goal < %,d MB%n", peakRssMegabytes(server),
                rssMegabytes(server), RSS_GOAL_MB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server.destroy();
            try {
                if (!server.waitFor(15, TimeUnit.SECONDS)) server.destroyForcibly();
            } catch (InterruptedException e) {
                server.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The home page's first, middle and last pages, each the first time it is asked for (then it is cached): what
     * the timeline index bounds to the page's size.
     */
    private void homePages(String base, SyntheticSources events) {
        int pages = Math.max(1, (events.events() + 99) / 100);
        for (int page : new int[] {1, (pages + 1) / 2, pages}) {
            String path = page == 1 ? "" : "?page=" + page;
            long started = System.nanoTime();
            // A release without the index computes it on its first page: allowed far more than a page's time.
            int status = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .timeout(Duration.ofMinutes(10)).GET().build());
            out.printf("  GET /%s (home page and timeline, %d): %.0f ms the first time%n", path, status,
                (System.nanoTime() - started) / 1e6);
        }
    }

    /** The command line's entry point, named rather than imported: the benchmark sits below the command line. */
    private static final String ENTRY_POINT = "org.pyconfgraph.cli.Main";

    private static Process start(Path release, int port, Path log) {
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ENTRY_POINT,
                "serve", "--release", release.toString(), "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls until the server answers (a refused connection means it is not listening yet). */
    private int firstAnswer(Process server, String url, Path log) {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) throw new IllegalStateException("serve --release exited with " + server.exitValue()
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
        throw new IllegalStateException("serve --release did not answer within 10 minutes");
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
