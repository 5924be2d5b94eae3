package org.pyconfgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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

import org.pyconfgraph.publish.ServerSettings;

import sun.misc.Signal;

/**
 * The start the README's run command makes, made once by the package phase under
 * {@code -XX:ArchiveClassesAtExit}, so that the JVM writes the classes it loaded into a class-data archive that the
 * run command names with {@code -XX:SharedArchiveFile}: a start then maps the classes of Jena, Jetty and Fuseki
 * already parsed and verified instead of reading them from the jar. It runs plain {@code serve} for the default
 * address (so it also builds the release kept beside the jar that the run command serves) on a free loopback port,
 * asks the requests a first visitor makes, and stops the server as SIGTERM does. Exit code: serve's, or 1 if a
 * request was not answered as expected.
 */
public final class ClassDataTraining {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private ClassDataTraining() {}

    public static void main(String[] args) throws InterruptedException {
        int port = freePort();
        String base = ServerSettings.defaults().iriSpace().base();
        StringWriter serveErrors = new StringWriter();
        int[] exit = {-1};
        Thread serve = new Thread(() -> exit[0] = Main.commandLine().setErr(new PrintWriter(serveErrors, true))
            .execute("serve", "--port", String.valueOf(port), "--base", base), "serve");
        serve.start();
        boolean answered = ask("http://127.0.0.1:" + port + "/", serve);
        if (serve.isAlive()) Signal.raise(new Signal("TERM"));
        serve.join(TIMEOUT.toMillis());
        System.err.print(serveErrors);
        System.out.println("serve exited with " + exit[0]);
        System.exit(exit[0] != 0 ? Math.max(exit[0], 1) : answered ? 0 : 1);
    }

    /** The first visitor's requests, each expected status checked; false if one is not answered so. */
    private static boolean ask(String local, Thread serve) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("doc/event/python10.ttl|text/turtle", 200);
        expected.put("id/event/python10|text/html", 303);
        expected.put("doc/event/python10.html|text/html", 200);
        expected.put("|text/html", 200);
        expected.put("doc/event/python10.jsonld|application/ld+json", 200);
        expected.put("sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 3", StandardCharsets.UTF_8)
            + "|application/sparql-results+json", 200);
        expected.put("dumps/|text/html", 200);
        expected.put("vocab.html|text/html", 200);
        boolean all = true;
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        for (Map.Entry<String, Integer> request : expected.entrySet()) {
            String[] pathAndType = request.getKey().split("\\|", 2);
            HttpRequest get = HttpRequest.newBuilder(URI.create(local + pathAndType[0]))
                .header("Accept", pathAndType[1]).timeout(Duration.ofSeconds(60)).GET().build();
            int status = -1;
            // Until the server listens, a connection is refused: retried while serve runs.
            while (status < 0 && serve.isAlive() && System.nanoTime() < deadline) {
                try {
                    status = client.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            System.out.println("GET /" + pathAndType[0] + " (" + pathAndType[1] + "): " + status);
            all &= status == request.getValue();
        }
        return all;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port: " + e.getMessage(), e);
        }
    }
}
