package org.pyconfgraph.cli;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.PublishingServer;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.release.Release;
import org.pyconfgraph.release.ReleaseBuilder;
import org.pyconfgraph.store.GraphStore;
import org.pyconfgraph.store.InMemoryGraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Validates the sources, loads them into a store and serves them. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the dataset: SPARQL endpoint, linked-data documents, pages and dumps.")
final class ServeCommand implements Callable<Integer> {
    @Mixin SourceOptions sources;

    @Option(names = "--host", defaultValue = "${env:PYCONF_HOST:-127.0.0.1}", paramLabel = "ADDR",
        description = "Address to bind (env PYCONF_HOST; default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "${env:PYCONF_PORT:-8080}", paramLabel = "N",
        description = "Port to bind (env PYCONF_PORT; default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--base", defaultValue = "${env:PYCONF_BASE}", paramLabel = "IRI",
        description = "Public base IRI, e.g. https://pyconf.example.org/ behind a proxy "
            + "(env PYCONF_BASE; default: http://HOST:PORT/).")
    String base;

    @Option(names = "--query-timeout", defaultValue = "${env:PYCONF_QUERY_TIMEOUT:-10}", paramLabel = "SECONDS",
        description = "Longest a SPARQL query may run (env PYCONF_QUERY_TIMEOUT; default: ${DEFAULT-VALUE}).")
    double queryTimeoutSeconds;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        ServerSettings settings = new ServerSettings(host, port, base,
            Duration.ofMillis(Math.round(queryTimeoutSeconds * 1000)));
        Release release = new ReleaseBuilder(sources.tree(), settings.iriSpace()).build();
        GraphStore store = InMemoryGraphStore.of(release.dataset());
        PublishingServer server = PublishingServer
            .builder(new PublishingContext(release, store, sources.tree(), settings))
            .build()
            .start();
        long millis = (System.nanoTime() - started) / 1_000_000;
        String base = release.iris().base();
        System.out.printf("pyconf-graph: release %s (%s store) served in %d ms%n", release.id(), store.description(), millis);
        System.out.println("  home      " + base);
        System.out.println("  SPARQL    " + base + "sparql");
        server.join();
        return 0;
    }
}
