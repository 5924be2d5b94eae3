package org.pyconfgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pyconfgraph.load.ExampleQueries;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.publish.server.PublishingServer;
import org.pyconfgraph.release.Release;
import org.pyconfgraph.release.ReleaseBuilder;

/**
 * A small harness: builds the release, starts the real server on a free loopback port and times real HTTP
 * requests of the kinds users make. Prints figures; asserts nothing (tests do that).
 */
public final class Benchmark {
    private final SourceTree sources;
    private final int rounds;
    private final PrintStream out;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Benchmark(SourceTree sources, int rounds, PrintStream out) {
        this.sources = sources;
        this.rounds = rounds;
        this.out = out;
    }

    int rounds() { return rounds; }

    public void run() {
        ServerSettings settings = ServerSettings.defaults().withPort(freePort());
        timeReleaseBuilds(settings);

        long started = System.nanoTime();
        PublishingContext context = PublishingContext.ofSources(sources, settings);
        Release release = context.release();
        PublishingServer server = PublishingServer.builder(context).build().start();
        out.printf("start-up (build release + load store + start server): %.0f ms%n", (System.nanoTime() - started) / 1e6);
        try {
            String base = release.iris().base();
            out.printf("%-44s %7s %9s %9s %9s %9s%n", "request (" + rounds + " rounds each)", "status", "p50 ms", "p95 ms",
                "max ms", "req/s");
            requests(base).forEach((name, request) -> report(name, request));
        } finally {
            server.stop();
        }
        new ReleaseBenchmark(this, sources, out).run();
    }

    /** Only the whole-process starts of {@code serve --release} and plain {@code serve} to their first answer. */
    public void firstAnswers(int starts) {
        new ReleaseBenchmark(this, sources, out).firstAnswers(starts);
    }

    private void timeReleaseBuilds(ServerSettings settings) {
        int builds = Math.max(3, rounds / 20);
        long[] nanos = new long[builds];
        for (int i = 0; i < builds; i++) {
            long t = System.nanoTime();
            new ReleaseBuilder(sources, settings.iriSpace()).build();
            nanos[i] = System.nanoTime() - t;
        }
        LatencyStats stats = LatencyStats.of(nanos, sum(nanos));
        out.printf("release build (parse, validate, infer, dumps; %d runs): p50 %.0f ms, max %.0f ms%n",
            builds, stats.p50(), stats.max());
    }

    private Map<String, HttpRequest> requests(String base) {
        Map<String, HttpRequest> requests = new LinkedHashMap<>();
        requests.put("GET / (home page, HTML)", get(base, "text/html"));
        requests.put("GET /id/event/python10 (303)", get(base + "id/event/python10", "text/turtle"));
        requests.put("GET /doc/event/python10.ttl", get(base + "doc/event/python10.ttl", "*/*"));
        requests.put("GET /doc/event/python10.html", get(base + "doc/event/python10.html", "text/html"));
        requests.put("GET /dumps/latest/pyconf-graph.ttl (302)", get(base + "dumps/latest/pyconf-graph.ttl", "*/*"));
        for (ExampleQueries.Example example : ExampleQueries.load(sources, IriSpace.of(base))) {
            String url = base + "sparql?query=" + URLEncoder.encode(example.query().serialize(), StandardCharsets.UTF_8);
            String accept = example.query().isConstructType() || example.query().isDescribeType()
                ? "text/turtle" : "application/sparql-results+json";
            requests.put("SPARQL queries/" + example.name() + ".rq", get(url, accept));
        }
        return requests;
    }

    static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private void report(String name, HttpRequest request) {
        measure(name, request);
    }

    /** Times {@code rounds} requests on one connection after a warm-up, prints and returns the figures. */
    LatencyStats measure(String name, HttpRequest request) {
        int status = warmUp(request);
        Timings timings = new Timings();
        time(request, rounds, 1, timings);
        return print(name, status, timings.stats());
    }

    /** Sends the request a few times before it is timed; returns its status. */
    int warmUp(HttpRequest request) {
        int status = send(request);
        for (int i = 0; i < Math.min(20, rounds); i++) send(request);
        return status;
    }

    /**
     * Times {@code perConnection} requests on each of {@code connections} clients sending at once, adding the
     * timings and the wall time to {@code into} (throughput is of all the clients together).
     */
    void time(HttpRequest request, int perConnection, int connections, Timings into) {
        long[] nanos = new long[perConnection * connections];
        long wall = System.nanoTime();
        Thread[] senders = new Thread[connections];
        for (int c = 0; c < connections; c++) {
            int first = c * perConnection;
            senders[c] = new Thread(() -> {
                for (int i = first; i < first + perConnection; i++) {
                    long t = System.nanoTime();
                    send(request);
                    nanos[i] = System.nanoTime() - t;
                }
            });
            senders[c].start();
        }
        for (Thread sender : senders) join(sender);
        into.add(nanos, System.nanoTime() - wall);
    }

    LatencyStats print(String name, int status, LatencyStats stats) {
        out.printf("%-44s %7d %9.2f %9.2f %9.2f %9.0f%n", shorten(name), status, stats.p50(), stats.p95(), stats.max(),
            stats.perSecond());
        return stats;
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int send(HttpRequest request) { return send(client, request); }

    /** Sends {@code request} with {@code client}, reads the body to its end and gives the status. */
    static int send(HttpClient client, HttpRequest request) {
        return send(client, request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Sends {@code request} with {@code client}; a failure to send is unchecked, as a benchmark cannot go on. */
    static <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String name) { return name.length() <= 44 ? name : name.substring(0, 41) + "..."; }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) total += v;
        return total;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
