package org.pyconfgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
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

import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.publish.server.PublishingServer;

/**
 * Mixed traffic from many clients at once against the real server with its default limits: most clients ask for
 * pages, documents, dumps and a light query; a few send queries that run to the time limit. Prints what the
 * clients saw (errors beyond the documented 503s, latency of light requests) and the process's memory before and
 * after. Asserts nothing.
 */
public final class LoadBenchmark {
    private static final String HEAVY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String LIGHT_QUERY = "ASK { ?s ?p ?o }";
    private static final int WARM_UP_ROUNDS = 50;
    /**
     * How long the server rests before its memory is measured, before and after the run: time for it to give back
     * what it no longer uses (a few times its default memory-return interval).
     */
    private static final Duration REST = Duration.ofSeconds(30);

    private final SourceTree sources;
    private final int clients;
    private final int heavyClients;
    private final Duration length;
    private final PrintStream out;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    public LoadBenchmark(SourceTree sources, int clients, int heavyClients, Duration length, PrintStream out) {
        this.sources = sources;
        this.clients = clients;
        this.heavyClients = heavyClients;
        this.length = length;
        this.out = out;
    }

    public void run() throws InterruptedException {
        ServerSettings settings = ServerSettings.defaults().withPort(freePort());
        PublishingServer server = PublishingServer.builder(PublishingContext.ofSources(sources, settings)).build()
            .start();
        try {
            String base = server.context().iris().base();
            List<HttpRequest> light = List.of(get(base, "text/html"), get(base + "id/event/python10", "text/turtle"),
                get(base + "doc/event/python10.ttl", "*/*"), get(base + "doc/event/python10.html", "text/html"),
                get(base + "dumps/", "text/html"));
            HttpRequest lightQuery = get(base + "sparql?query=" + encode(LIGHT_QUERY), "application/sparql-results+json");
            HttpRequest heavy = get(base + "sparql?query=" + encode(HEAVY), "text/csv");
            // Warmed up and then at rest, as after a run: what it holds then is what it holds between bursts.
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                for (HttpRequest warmUp : light) send(warmUp, new Tally());
                send(lightQuery, new Tally());
            }
            Thread.sleep(REST.toMillis());
            long rssBefore = rssKiB();
            long heapBefore = heapAfterGc();

            Tally pages = new Tally();
            Tally queries = new Tally();
            Tally heavyQueries = new Tally();
            long end = System.nanoTime() + length.toNanos();
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
            Thread.sleep(2000);
            long rssAfter = rssKiB();
            Thread.sleep(REST.toMillis() - 2000);
            long rssIdle = rssKiB();
            long heapAfter = heapAfterGc();

            out.printf("load: %d clients (%d sending queries that run to the time limit) for %d s, limits: %d queries"
                + " at once, %d waiting%n", clients, heavyClients, length.toSeconds(), settings.limits().maxQueries(),
                settings.limits().queryQueue());
            pages.print(out, "pages, documents, dumps");
            queries.print(out, "light SPARQL (ASK)");
            heavyQueries.print(out, "heavy SPARQL");
            out.printf("RSS at rest: %s before, %s 2 s after, %s %d s after; heap after GC: %d MiB before, %d MiB after%n",
                kib(rssBefore), kib(rssAfter), kib(rssIdle), REST.toSeconds(), heapBefore >> 20, heapAfter >> 20);
        } finally {
            server.stop();
        }
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
        final AtomicLong busy = new AtomicLong();
        final AtomicLong timeLimit = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();

        void add(long elapsed, int status, boolean retryAfter) {
            nanos.add(elapsed);
            if (status == 503 && retryAfter) busy.incrementAndGet();
            else if (status == 503) timeLimit.incrementAndGet();
            else if (status >= 400) error("status " + status);
        }

        void failed(IOException e) { error(e.toString()); }

        private void error(String what) {
            if (errors.incrementAndGet() <= 3) examples.add(what);
        }

        void print(PrintStream out, String name) {
            long[] all = nanos.stream().mapToLong(Long::longValue).toArray();
            if (all.length == 0) {
                out.printf("  %-24s no answers; errors %d %s%n", name, errors.get(), examples);
                return;
            }
            LatencyStats stats = LatencyStats.of(all, 1);
            java.util.Arrays.sort(all);
            double p99 = all[Math.min(all.length - 1, (int) Math.ceil(0.99 * all.length) - 1)] / 1e6;
            out.printf("  %-24s %7d answers  p50 %8.1f ms  p99 %8.1f ms  max %8.1f ms  503 busy %d  503 time limit %d"
                + "  other errors %d %s%n", name, all.length, stats.p50(), p99, stats.max(), busy.get(),
                timeLimit.get(), errors.get(), examples.isEmpty() ? "" : examples);
        }
    }

    private static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60)).GET()
            .build();
    }

    private static String encode(String query) { return URLEncoder.encode(query, StandardCharsets.UTF_8); }

    /** Resident set size of this process, from the kernel's status file; -1 where there is none. */
    private static long rssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status")))
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        } catch (IOException | NumberFormatException unavailable) {
            // Not Linux: reported as unknown.
        }
        return -1;
    }

    private static String kib(long kib) { return kib < 0 ? "unknown" : (kib >> 10) + " MiB"; }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
