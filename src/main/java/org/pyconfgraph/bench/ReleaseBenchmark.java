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
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.server.Server;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.publish.server.PublishingServer;
import org.pyconfgraph.release.BuildPhases;
import org.pyconfgraph.release.ReleaseFolder;

/**
 * The release path: {@code build --out} once, then {@code serve --release} of that folder, timed to its first
 * answer, in this process and (with plain {@code serve}) in processes of their own; and documents and pages against the same bytes served as static files by Jetty in this process, the
 * anchor the goal (at least half the static throughput) is stated against.
 */
final class ReleaseBenchmark {
    /** The goal is stated at one and at four connections. */
    private static final int[] CONNECTIONS = {1, 4};
    /** Batches each side of a comparison is timed in, alternately. */
    private static final int BATCHES = 10;
    /** Whole-process starts of each command timed to their first answer; the median is printed beside every time. */
    private static final int STARTS = 3;
    /** What the whole-process starts are timed to. */
    private static final String FIRST_DOCUMENT = "/doc/event/python10.ttl";
    private final Benchmark harness;
    private final SourceTree sources;
    private final PrintStream out;

    ReleaseBenchmark(Benchmark harness, SourceTree sources, PrintStream out) {
        this.harness = harness;
        this.sources = sources;
        this.out = out;
    }

    void run() {
        Path temp = createTemporaryFolder();
        try {
            ServerSettings settings = ServerSettings.defaults().withPort(Benchmark.freePort());
            long started = System.nanoTime();
            ReleaseFolder built = ReleaseFolder.build(sources, settings.iriSpace(), temp.resolve("release"),
                BuildPhases.untracked(), PublishingServer.releaseIndexes());
            out.printf("%nbuild --out (parse into TDB2, validate, infer, dumps, manifest): %.0f ms, %,d triples%n",
                (System.nanoTime() - started) / 1e6, built.triples());

            started = System.nanoTime();
            PublishingServer server = PublishingServer
                .builder(PublishingContext.ofReleaseFolder(built.folder(), settings)).build().start();
            String base = "http://127.0.0.1:" + server.port() + "/";
            int status = harness.send(Benchmark.get(base, "text/html"));
            out.printf("serve --release: open + start + first GET / (%d), in process: %.0f ms%n", status,
                (System.nanoTime() - started) / 1e6);
            try {
                compareWithStatic(base, temp.resolve("static"));
                new SparqlBenchmark(harness, harness.rounds(), out).compare(base, built);
            } finally {
                server.stop();
                server.context().store().close();
            }
            // TDB2 locks a database to one process: release it before the server processes open it.
            TDBInternal.expel(built.release().dataset());
            new ReleaseServerProbe(out).firstAnswers(built.folder(), FIRST_DOCUMENT, STARTS);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Only the whole-process starts to the first answer ({@code bench --first-answers N}): the release is built
     * once into a temporary folder for {@code serve --release}, then each command is started {@code starts} times.
     */
    void firstAnswers(int starts) {
        Path temp = createTemporaryFolder();
        try {
            ServerSettings settings = ServerSettings.defaults().withPort(Benchmark.freePort());
            ReleaseFolder built = ReleaseFolder.build(sources, settings.iriSpace(), temp.resolve("release"),
                BuildPhases.untracked(), PublishingServer.releaseIndexes());
            TDBInternal.expel(built.release().dataset());
            new ReleaseServerProbe(out).firstAnswers(built.folder(), FIRST_DOCUMENT, starts);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Each URL of the release server beside the same bytes as a static file served by Jetty. */
    private void compareWithStatic(String base, Path folder) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("doc/event/python10.ttl", "python10.ttl");
        files.put("doc/event/python10.html", "python10.html");
        files.put("", "index.html");
        Server jetty = staticServer(folder, base, files);
        try {
            String staticBase = StaticFiles.base(jetty);
            for (int connections : CONNECTIONS) {
                out.printf("%-44s %7s %9s %9s %9s %9s%n", "TDB2 release vs static file, " + connections
                    + (connections == 1 ? " connection" : " connections"), "status", "p50 ms", "p95 ms", "max ms",
                    "req/s");
                files.forEach((path, file) -> compare("/" + path, Benchmark.get(base + path, "text/html"),
                    "  static " + file, Benchmark.get(staticBase + file, "*/*"), connections));
            }
        } finally {
            try {
                jetty.stop();
            } catch (Exception e) {
                out.println("static server did not stop cleanly: " + e.getMessage());
            }
        }
    }

    /**
     * Times the two in alternating batches, so that both meet the same load from whatever else the machine runs,
     * and prints their throughputs' ratio.
     */
    private void compare(String path, HttpRequest served, String staticName, HttpRequest plain, int connections) {
        int servedStatus = harness.warmUp(served);
        int plainStatus = harness.warmUp(plain);
        Timings servedTimings = new Timings();
        Timings plainTimings = new Timings();
        int perBatch = Math.max(1, harness.rounds() / BATCHES);
        for (int batch = 0; batch < BATCHES; batch++) {
            harness.time(served, perBatch, connections, servedTimings);
            harness.time(plain, perBatch, connections, plainTimings);
        }
        double servedRate = harness.print("GET " + path, servedStatus, servedTimings.stats()).perSecond();
        double plainRate = harness.print(staticName, plainStatus, plainTimings.stats()).perSecond();
        out.printf("  %s: %.2fx static%n", path, servedRate / plainRate);
    }

    private static Server staticServer(Path folder, String base, Map<String, String> files) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpClient client = HttpClient.newHttpClient();
        for (Map.Entry<String, String> file : files.entrySet())
            Benchmark.send(client, HttpRequest.newBuilder(URI.create(base + file.getKey())).header("Accept", "text/html")
                .build(), HttpResponse.BodyHandlers.ofFile(folder.resolve(file.getValue())));
        return StaticFiles.serve(folder);
    }

    private static Path createTemporaryFolder() {
        try {
            return Files.createTempDirectory("pyconf-graph-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the system cleans what remains
        }
    }
}
