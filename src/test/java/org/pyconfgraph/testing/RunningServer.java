package org.pyconfgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.publish.server.PublishingServer;
import org.pyconfgraph.store.StoreSetting;

/** A real server on a free loopback port, serving the checkout's sources (or a fixture tree), for tests. */
public final class RunningServer implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();

    private final PublishingServer server;
    private final String base;

    private RunningServer(PublishingServer server) {
        this.server = server;
        this.base = server.context().iris().base();
    }

    private static RunningServer shared;

    /**
     * One server over this checkout's sources for every test class that needs no settings of its own, started on
     * first use and stopped when the test JVM exits. The server is read-only, so classes cannot disturb each other.
     */
    public static synchronized RunningServer shared() {
        if (shared == null) {
            RunningServer server = start(SourceTree.directory(Path.of(".")), ServerSettings.defaults());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            shared = server;
        }
        return shared;
    }

    public static RunningServer start(SourceTree sources, ServerSettings settings) {
        ServerSettings onFreePort = settings.withPort(freePort());
        return new RunningServer(PublishingServer.builder(PublishingContext.ofSources(sources, onFreePort)).build().start());
    }

    /** A server of a release folder made by {@code build --out}, on a free port. */
    public static RunningServer startRelease(Path folder, ServerSettings settings) {
        return startRelease(folder, null, settings);
    }

    /** A server of a release folder whose data {@code store} holds (null: the folder's own database), on a free port. */
    public static RunningServer startRelease(Path folder, StoreSetting store, ServerSettings settings) {
        ServerSettings onFreePort = settings.withPort(freePort());
        return new RunningServer(PublishingServer.builder(PublishingContext.ofReleaseFolder(folder, store, onFreePort))
            .build().start());
    }

    /** The URL of a path on this server's own address, whatever public base it mints IRIs under. */
    public String local(String path) { return "http://127.0.0.1:" + port() + "/" + (path.startsWith("/") ? path.substring(1) : path); }

    /** The port it listens on. */
    public int port() { return server.port(); }

    /** The instance's public base, ending in a slash. */
    public String base() { return base; }

    public String url(String path) { return base + (path.startsWith("/") ? path.substring(1) : path); }

    public PublishingContext context() { return server.context(); }

    public static HttpClient client() { return CLIENT; }

    /** GET with optional header pairs, body as text; redirects are not followed. */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : url(path)))
            .timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) request.headers(headers);
        return send(request.build());
    }

    /**
     * Sends the request; once more if the pooled connection it went out on turned out closed by the server before
     * any byte of an answer (after a refused request, or past an idle timeout), as clients retry on a new connection.
     */
    public static HttpResponse<String> send(HttpRequest request) {
        try {
            try {
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (!String.valueOf(e.getMessage()).contains("received no bytes")) throw e;
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<byte[]> sendForBytes(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends and returns as soon as the headers arrive; the caller reads (and closes) the body. */
    public static HttpResponse<java.io.InputStream> sendForStream(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        server.context().store().close();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
