package org.pyconfgraph.publish.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerModule;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.release.ReleaseDirectory;
import org.pyconfgraph.testing.RingReleases;
import org.pyconfgraph.testing.RunningServer;

/**
 * A server of a release directory switching between releases of the ring fixture while it answers: three
 * releases that differ in one event (e400, e401) and in their ids.
 */
@DisplayName("A server of a release directory")
class ReleaseSwitchingTest {
    private static final String BASE = "https://pyconf.example.org/";
    private static final Pattern FOOTER_RELEASE = Pattern.compile("Release <code>([^<]+)</code>");
    private static final Pattern ETAG_RELEASE = Pattern.compile("^(?:W/)?\"([^-\"]+)-");

    @TempDir static Path temp;
    private static RingReleases releases;
    private static Path directory;
    private static String first;
    private static String second;
    private static String third;

    private final SlowModule slow = new SlowModule();
    private PublishingServer server;
    private ReleaseWatcher watcher;

    @BeforeAll
    static void buildReleases() {
        releases = RingReleases.in(temp.resolve("releases"), BASE);
        directory = releases.directory();
        first = releases.build("first", "");
        second = releases.build("second", "e:e400 a pcg:Event ; rdfs:label \"Event 400\"@en .\n");
        third = releases.build("third", "e:e401 a pcg:Event ; rdfs:label \"Event 401\"@en .\n");
        assertEquals(3, List.of(first, second, third).stream().distinct().count(), "three release ids");
    }

    @BeforeEach
    void serveTheFirst() throws IOException {
        point("first");
        ServerSettings settings = ServerSettings.defaults().withPublicBase(BASE).withPort(RunningServer.freePort());
        Path folder = new ReleaseDirectory(directory).current();
        server = PublishingServer.builder(PublishingContext.ofReleaseFolder(folder, settings)).module(slow)
            .keptReleases(2).build().start();
        // Read by the tests' own checks; the one test of the interval starts a watcher of its own.
        watcher = ReleaseWatcher.start(new ReleaseDirectory(directory), server, folder, Duration.ofHours(1));
    }

    @AfterEach
    void stop() {
        watcher.close();
        slow.finish.countDown();
        server.stop();
        server.context().store().close();
    }

    @Test
    @DisplayName("switches when current names another release, read at its interval")
    void switchesOnItsOwn() throws Exception {
        assertEquals(first, releaseOf(get("doc/event/e1.html")));
        assertEquals(404, get("doc/event/e400.ttl").statusCode());
        watcher.close();
        watcher = ReleaseWatcher.start(new ReleaseDirectory(directory), server,
            new ReleaseDirectory(directory).current(), Duration.ofMillis(100));
        point("second");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!second.equals(server.context().release().id()) && System.nanoTime() < deadline) Thread.sleep(50);
        assertEquals(second, releaseOf(get("doc/event/e1.html")));
        assertEquals(200, get("doc/event/e400.ttl").statusCode());
    }

    @Test
    @DisplayName("answers every request of a stream from one release, headers and body alike, across switches")
    void neverMixesReleases() throws Exception {
        AtomicBoolean switching = new AtomicBoolean(true);
        List<CompletableFuture<List<String>>> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            String path = c % 2 == 0 ? "doc/event/e1.html" : "dumps/";
            clients.add(CompletableFuture.supplyAsync(() -> {
                List<String> seen = new ArrayList<>();
                while (switching.get()) {
                    HttpResponse<String> response = get(path);
                    assertEquals(200, response.statusCode(), path);
                    String etag = etagRelease(response);
                    String body = path.equals("dumps/") ? dumpListingRelease(response.body()) : releaseOf(response);
                    assertEquals(etag, body, path + ": the ETag and the body name one release");
                    seen.add(etag);
                }
                return seen;
            }));
        }
        for (int round = 0; round < 6; round++) {
            point(round % 2 == 0 ? "second" : "first");
            assertTrue(watcher.check(), "switched in round " + round);
            assertEquals(round % 2 == 0 ? second : first, server.context().release().id());
            Thread.sleep(150);
        }
        switching.set(false);
        List<String> seen = new ArrayList<>();
        for (CompletableFuture<List<String>> client : clients) seen.addAll(client.get(60, TimeUnit.SECONDS));
        assertTrue(seen.contains(first) && seen.contains(second), "answers from both releases: " + seen.size());
    }

    @Test
    @DisplayName("lets a request in flight finish on the release it started on, whose store closes after it")
    void finishesInFlightRequestsOnTheirRelease() throws Exception {
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> get("test/slow"));
        assertTrue(slow.started.await(20, TimeUnit.SECONDS), "the slow request reached its servlet");
        point("second");
        assertTrue(watcher.check());
        assertEquals(second, releaseOf(get("doc/event/e1.html")), "new requests go to the new release");
        assertEquals(List.of(first, second), server.openReleases().stream().sorted(this::byAge).toList(),
            "the first release stays open while its request runs");
        slow.finish.countDown();
        HttpResponse<String> answer = inFlight.get(20, TimeUnit.SECONDS);
        assertEquals(first + " 400 events", answer.body(), "answered by the first release, its store still open");
        assertEquals(List.of(second), waitForOpen(List.of(second)), "closed once its last request ended");
    }

    @Test
    @DisplayName("closes a release after its last request without shutting another server's use of its database")
    void lateCloseSparesAnotherServer() throws Exception {
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> get("test/slow"));
        assertTrue(slow.started.await(20, TimeUnit.SECONDS), "the slow request reached its servlet");
        point("second");
        assertTrue(watcher.check());
        // Another server of the first release in this process while this one still holds it: TDB2 hands both the
        // one database, which this server lets go of when its last request on the first release ends.
        ServerSettings settings = ServerSettings.defaults().withPublicBase(BASE).withPort(RunningServer.freePort());
        PublishingServer other = PublishingServer.builder(
            PublishingContext.ofReleaseFolder(directory.resolve("first"), settings)).build().start();
        try {
            slow.finish.countDown();
            assertEquals(first + " 400 events", inFlight.get(20, TimeUnit.SECONDS).body());
            assertEquals(List.of(second), waitForOpen(List.of(second)), "this server closed the first release");
            HttpResponse<String> page = RunningServer.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + other.port() + "/doc/event/e1.html"))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(30)).GET().build());
            assertEquals(first, releaseOf(page), "the other server still answers from its open database");
        } finally {
            other.stop();
            other.context().store().close();
        }
    }

    /** The open releases once they are the expected ones, or after ten seconds. */
    private List<String> waitForOpen(List<String> expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!server.openReleases().equals(expected) && System.nanoTime() < deadline) Thread.sleep(20);
        return server.openReleases();
    }

    @Test
    @DisplayName("goes back to a release still answering a request without opening its store a second time")
    void resumesAReleaseStillOpen() throws Exception {
        PublishingContext firstContext = server.context();
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> get("test/slow"));
        assertTrue(slow.started.await(20, TimeUnit.SECONDS), "the slow request reached its servlet");
        point("second");
        assertTrue(watcher.check());
        point("first");
        assertTrue(watcher.check());
        assertTrue(firstContext == server.context(), "the same release, store and handlers");
        assertEquals(first, releaseOf(get("doc/event/e1.html")));
        slow.finish.countDown();
        assertEquals(first + " 400 events", inFlight.get(20, TimeUnit.SECONDS).body());
        assertEquals(first, releaseOf(get("doc/event/e1.html")), "still served after its old request ended");
        assertEquals(List.of(first), waitForOpen(List.of(first)));
    }

    @Test
    @DisplayName("keeps the dumps of the kept releases downloadable at /dumps/{release}/, and not older ones")
    void keepsRecentDumps() throws Exception {
        String file = "pyconf-graph.ttl";
        point("second");
        assertTrue(watcher.check());
        HttpResponse<byte[]> old = getBytes("dumps/" + first + "/" + file);
        assertEquals(200, old.statusCode(), "the previous release's dump");
        assertArrayEquals(Files.readAllBytes(directory.resolve("first/dumps/" + file)), old.body());
        assertEquals(200, getBytes("dumps/" + second + "/" + file).statusCode());
        assertFalse(server.openReleases().contains(first), "its dumps need no open store");
        point("third");
        assertTrue(watcher.check());
        assertEquals(200, getBytes("dumps/" + second + "/" + file).statusCode(), "two releases are kept");
        assertEquals(404, getBytes("dumps/" + first + "/" + file).statusCode(), "the third-newest is not");
        assertEquals(third, dumpListingRelease(get("dumps/").body()), "the listing is the current release's");
    }

    @Test
    @DisplayName("refuses a current naming a broken release and keeps serving the one it has")
    void refusesABrokenRelease() throws Exception {
        releases.breakCopy("second", "broken");
        point("broken");
        assertFalse(watcher.check(), "not switched");
        point("missing");
        assertFalse(watcher.check(), "not switched to a folder that does not exist");
        assertEquals(first, server.context().release().id());
        assertEquals(first, releaseOf(get("doc/event/e1.html")));
        assertEquals(List.of(first), server.openReleases());
        point("second");
        assertTrue(watcher.check(), "switches once current names a good release again");
        assertEquals(second, releaseOf(get("doc/event/e1.html")));
    }

    private static void point(String folder) { releases.point(folder); }

    private int byAge(String a, String b) {
        List<String> order = List.of(first, second, third);
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    private HttpResponse<String> get(String path) {
        return RunningServer.send(request(path));
    }

    private HttpResponse<byte[]> getBytes(String path) {
        return RunningServer.sendForBytes(request(path));
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/" + path))
            .header("Accept", "text/html").timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static String releaseOf(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), () -> page.uri() + ": " + page.body());
        Matcher footer = FOOTER_RELEASE.matcher(page.body());
        assertTrue(footer.find(), "the page names its release");
        return footer.group(1);
    }

    private static String etagRelease(HttpResponse<String> response) {
        Matcher etag = ETAG_RELEASE.matcher(response.headers().firstValue("ETag").orElse(""));
        assertTrue(etag.find(), "an ETag naming the release: " + response.headers().firstValue("ETag"));
        return etag.group(1);
    }

    private static String dumpListingRelease(String body) {
        Matcher listed = Pattern.compile("class=\"release-id\">([^<]+)<").matcher(body);
        assertTrue(listed.find(), "the listing names its release");
        return listed.group(1);
    }

    /**
     * A module for this test only: {@code /test/slow} waits until the test lets it go, then answers its release's
     * id and the number of events its store holds, read after the wait.
     */
    private static final class SlowModule implements ServerModule {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch finish = new CountDownLatch(1);

        @Override
        public void install(org.apache.jena.fuseki.main.FusekiServer.Builder builder, PublishingContext context) {
            builder.addServlet("/test/slow", new HttpServlet() {
                @Override
                protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                    started.countDown();
                    try {
                        finish.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    long events = context.store().read(reader -> reader.select(QueryFactory.create(
                        "SELECT ?e { ?e a <" + BASE + "vocab#Event> }"), BindingFactory.empty())).size();
                    response.setContentType("text/plain;charset=utf-8");
                    response.getWriter().print(context.release().id() + " " + events + " events");
                }
            });
        }
    }
}
