package org.pyconfgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.pyconfgraph.publish.ServerLimits;
import org.pyconfgraph.publish.ServerSettings;

/**
 * Mixed traffic from many clients at once against {@code serve} with its default limits, run in a process of its
 * own: most clients ask for pages, documents, dumps and a light query; a few send queries that run to the time
 * limit. Prints what the clients saw (errors beyond the documented 503s, latency of light requests) and the
 * server's resident memory: at rest before any request (cold), at rest after each request kind one at a time (its
 * classes loaded), at rest after a first, shorter burst of the same traffic (warmed: the code that runs hot under
 * concurrency compiled), at its peak, and 2 s and at rest after the run.
 * Asserts nothing.
 */
public final class LoadBenchmark {
    private static final String HEAVY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String LIGHT_QUERY = "ASK { ?s ?p ?o }";
    private static final int WARM_UP_ROUNDS = 50;
    /** The first burst of the same traffic, before the start is read: long enough for the hot code to compile. */
    private static final Duration WARM_UP_BURST = Duration.ofSeconds(15);
    /**
     * How long the server rests before its memory is measured, before and after the run: time for it to give back
     * what it no longer uses (a few times its default memory-return interval).
     */
    private static final Duration REST = Duration.ofSeconds(30);
    private static final Duration SETTLE_STEP = Duration.ofSeconds(5);

    private final List<String> serveArguments;
    private final int clients;
    private final int heavyClients;
    private final Duration length;
    private final PrintStream out;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    /** @param serveArguments what {@code serve} is given besides its port (where its sources are) */
    public LoadBenchmark(List<String> serveArguments, int clients, int heavyClients, Duration length, PrintStream out) {
        this.serveArguments = List.copyOf(serveArguments);
        this.clients = clients;
        this.heavyClients = heavyClients;
        this.length = length;
        this.out = out;
    }

    public void run() throws InterruptedException, IOException {
        ServerLimits limits = ServerSettings.defaults().limits();
        Path log = Files.createTempFile("pyconf-load-serve", ".log");
        try (ServerProcess server = ServerProcess.start(serveArguments, log)) {
            String base = server.base();
            List<HttpRequest> light = List.of(get(base, "text/html"), get(base + "id/event/python10", "text/turtle"),
                get(base + "doc/event/python10.ttl", "*/*"), get(base + "doc/event/python10.html", "text/html"),
                get(base + "dumps/", "text/html"));
            HttpRequest lightQuery = get(base + "sparql?query=" + encode(LIGHT_QUERY), "application/sparql-results+json");
            HttpRequest heavy = get(base + "sparql?query=" + encode(HEAVY), "text/csv");
            server.firstAnswer(client, base + "dumps/", "text/html");
            long rssCold = restedRss(server, REST);
            // Each kind once or more, one at a time, then at rest: what the server holds between bursts.
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                for (HttpRequest warmUp : light) send(warmUp, new Tally());
                send(lightQuery, new Tally());
            }
            send(heavy, new Tally());
            long rssSingle = restedRss(server, REST);
            // Then a first, shorter burst of the same traffic, and rest again: what concurrency adds for good (the
            // code compiled only once it runs hot, the pools' first growth) is in the start the run is read against.
            burst(WARM_UP_BURST, light, lightQuery, heavy, new Tally(), new Tally(), new Tally());
            long rssWarm = restedRss(server, REST);
            long peakBefore = server.peakRssKiB();

            Tally pages = new Tally();
            Tally queries = new Tally();
            Tally heavyQueries = new Tally();
            double loadBefore = loadAverage();
            burst(length, light, lightQuery, heavy, pages, queries, heavyQueries);
            Thread.sleep(2000);
            double loadAfter = loadAverage();
            long rssAfter = server.rssKiB();
            long rssIdle = restedRss(server, REST.minusSeconds(2));
            long peak = server.peakRssKiB();

            out.printf("load: %d clients (%d sending queries that run to the time limit) for %d s against serve in its"
                + " own process, limits: %d queries at once (+%d long), %d waiting, %d s each; the machine's load"
                + " average %.1f at its start, %.1f at its end%n", clients, heavyClients, length.toSeconds(),
                limits.maxQueries(), limits.maxLongQueries(), limits.queryQueue(),
                ServerSettings.DEFAULT_QUERY_TIMEOUT.toSeconds(), loadBefore, loadAfter);
            pages.print(out, "pages, documents, dumps");
            queries.print(out, "light SPARQL (ASK)");
            heavyQueries.print(out, "heavy SPARQL");
            out.printf("server RSS: %s at rest before any request (cold), %s at rest after each kind one at a time,"
                + " %s at rest after a first %d s burst (warmed; peak %s), peak %s during the run, %s 2 s after it,"
                + " %s at rest %d s or more after it: %s of the warmed start, %s of the one-at-a-time one, %s of the cold"
                + " one%n", kib(rssCold), kib(rssSingle), kib(rssWarm), WARM_UP_BURST.toSeconds(), kib(peakBefore),
                kib(peak), kib(rssAfter), kib(rssIdle), REST.toSeconds(), ratio(rssIdle, rssWarm),
                ratio(rssIdle, rssSingle), ratio(rssIdle, rssCold));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The mixed traffic: most clients cycle through the light requests and the light query, a few send the heavy one. */
    private void burst(Duration duration, List<HttpRequest> light, HttpRequest lightQuery, HttpRequest heavy, Tally pages,
                       Tally queries, Tally heavyQueries) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int index = i;
            Runnable work = index < heavyClients
                ? () -> { while (System.nanoTime() < end) send(heavy, heavyQueries); }
                : () -> {
                    for (int n = index; System.nanoTime() < end; n++) {
                        if (n % 6 == 5) send(lightQuery, queries);
                        else send(light.get(n % light.size()), pages);
                    }
                };
            Thread thread = new Thread(work, "client-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) thread.join();
    }

    /**
     * Resident memory at rest: after the given time without a request, and then once it has stopped changing
     * (three readings {@link #SETTLE_STEP} apart within 1 %), or {@link #REST} later at the most. The same rule for
     * every reading, so that a start and an end are compared in the same state.
     */
    private static long restedRss(ServerProcess server, Duration minimum) throws InterruptedException {
        Thread.sleep(minimum.toMillis());
        long deadline = System.nanoTime() + REST.toNanos();
        long previous = server.rssKiB();
        for (int steady = 0; steady < 2 && System.nanoTime() < deadline; ) {
            Thread.sleep(SETTLE_STEP.toMillis());
            long now = server.rssKiB();
            steady = Math.abs(now - previous) * 100 <= previous ? steady + 1 : 0;
            previous = now;
        }
        return previous;
    }

    /** The system's one-minute load average (other work on the machine included), or -1 where unknown. */
    private static double loadAverage() { return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(); }

    private static String ratio(long after, long before) {
        return after < 0 || before <= 0 ? "unknown" : String.format("%+.0f %%", 100.0 * (after - before) / before);
    }

    private void send(HttpRequest request, Tally tally) {
        long started = System.nanoTime();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            tally.add(System.nanoTime() - started, response.statusCode(),
                response.headers().firstValue("Retry-After").isPresent());
        } catch (IOException e) {
            tally.failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the clients of one kind saw. */
    private static final class Tally {
        final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> answered = new ConcurrentLinkedQueue<>();
        /** How long the 503s of the time limit took: how soon after the limit a runaway query is stopped. */
        final ConcurrentLinkedQueue<Long> stopped = new ConcurrentLinkedQueue<>();
        final AtomicLong busy = new AtomicLong();
        final AtomicLong timeLimit = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();

        void add(long elapsed, int status, boolean retryAfter) {
            nanos.add(elapsed);
            if (status < 400) answered.add(elapsed);
            else if (status == 503 && retryAfter) busy.incrementAndGet();
            else if (status == 503) {
                timeLimit.incrementAndGet();
                stopped.add(elapsed);
            }
            else error("status " + status);
        }

        void failed(IOException e) { error(e.toString()); }

        private void error(String what) {
            if (errors.incrementAndGet() <= 3) examples.add(what);
        }

        void print(PrintStream out, String name) {
            out.printf("  %-24s %7d requests (p50 %s, p99 %s), %7d answered (p50 %s, p99 %s, max %s), 503 busy %d,"
                + " 503 time limit %d (p50 %s, max %s), other errors %d %s%n", name, nanos.size(), percentile(nanos, 0.5),
                percentile(nanos, 0.99), answered.size(), percentile(answered, 0.5), percentile(answered, 0.99),
                percentile(answered, 1), busy.get(), timeLimit.get(), percentile(stopped, 0.5), percentile(stopped, 1),
                errors.get(), examples.isEmpty() ? "" : examples);
        }

        private static String percentile(ConcurrentLinkedQueue<Long> nanos, double p) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) return "-";
            return String.format("%.1f ms", sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)]
                / 1e6);
        }
    }

    private static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60)).GET()
            .build();
    }

    private static String encode(String query) { return URLEncoder.encode(query, StandardCharsets.UTF_8); }

    private static String kib(long kib) { return kib < 0 ? "unknown" : (kib >> 10) + " MiB"; }
}
