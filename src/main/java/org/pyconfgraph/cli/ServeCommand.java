package org.pyconfgraph.cli;

import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerLimits;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.publish.server.PublishingServer;
import org.pyconfgraph.publish.server.ReleaseWatcher;
import org.pyconfgraph.release.ReleaseDirectory;
import org.pyconfgraph.store.StoreSetting;
import org.pyconfgraph.store.Tdb2FileMode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Serves a built release; or validates and builds the sources and serves them: the bundled ones from a release
 * folder kept between starts (see {@link BuiltReleaseCache}), others (and with {@code --store mem}) from memory.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the dataset: SPARQL endpoint, linked-data documents, pages and dumps.")
final class ServeCommand implements Callable<Integer> {
    @Mixin SourceOptions sources;
    @Mixin LimitOptions limits;

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

    @Option(names = "--release", paramLabel = "DIR",
        description = "Serve a release folder made by build --out (its TDB2 database and dump files), instead of "
            + "building the sources into memory; its base is the one it was built for.")
    Path release;

    @Option(names = "--releases", paramLabel = "DIR",
        description = "Serve the release folder that DIR/current names (a symbolic link to it, or a file holding its "
            + "name), and switch to another when current changes (read every --switch-interval, and on SIGHUP).")
    Path releases;

    @Option(names = "--switch-interval", defaultValue = "${env:PYCONF_SWITCH_INTERVAL:-1}", paramLabel = "SECONDS",
        description = "With --releases: how often DIR/current is read (env PYCONF_SWITCH_INTERVAL; "
            + "default: ${DEFAULT-VALUE}).")
    double switchIntervalSeconds;

    @Option(names = "--kept-releases", defaultValue = "${env:PYCONF_KEPT_RELEASES:-3}", paramLabel = "N",
        description = "With --releases: how many releases' dumps stay downloadable at /dumps/RELEASE/, the current "
            + "one included (env PYCONF_KEPT_RELEASES; default: ${DEFAULT-VALUE}).")
    int keptReleases;

    @Option(names = "--store", defaultValue = "${env:PYCONF_STORE}", paramLabel = "STORE",
        description = "Where the served release's data is read from: mem (a copy in memory), tdb2:DIR (a TDB2 database)"
            + " or sparql:URL (the query endpoint of a SPARQL engine holding the release, checked at start); tdb2: and"
            + " sparql: need --release (env PYCONF_STORE; default: the release's own TDB2 database, or mem).")
    String store;

    @Option(names = "--store-start-timeout", defaultValue = "${env:PYCONF_STORE_START_TIMEOUT:-30}",
        paramLabel = "SECONDS", description = "With --store sparql:URL: longest each read of the engine at start may"
            + " take (is the release held, its metadata), apart from --query-timeout (env PYCONF_STORE_START_TIMEOUT;"
            + " default: ${DEFAULT-VALUE}).")
    double storeStartTimeoutSeconds;

    @Option(names = "--tdb2-file-mode", defaultValue = "${env:PYCONF_TDB2_FILE_MODE:-mapped}", paramLabel = "MODE",
        description = "How TDB2 reads its index files: mapped (memory-mapped; the pages read count in resident memory"
            + " and grow with the part of the store read) or direct (into TDB2's block caches in the heap, so resident"
            + " memory stays within -Xmx; give it 1.5 GB or more for a large store) (env PYCONF_TDB2_FILE_MODE;"
            + " default: ${DEFAULT-VALUE}).")
    String fileMode;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        ServerSettings settings = checkedSettings();
        StoreSetting storeSetting = checkedStore();
        Duration switchInterval = SettingChecks.seconds("--switch-interval", switchIntervalSeconds, 0.1, 86_400);
        Tdb2FileMode.parse("--tdb2-file-mode", fileMode).applyToProcess();
        ReleaseDirectory directory = releases != null ? new ReleaseDirectory(releases) : null;
        Path first = directory != null ? directory.current() : release;
        PublishingContext context = first != null ? PublishingContext.ofReleaseFolder(first, storeSetting, settings)
            // The bundled sources: built once into a release folder beside the jar, served from it while unchanged.
            : storeSetting == null && sources.sources == null
                ? BuiltReleaseCache.besideProgram().open(sources.tree(), settings)
                : PublishingContext.ofSources(sources.tree(), settings);
        PublishingServer server = PublishingServer.builder(context)
            .keptReleases(directory != null ? keptReleases : 1).build();
        start(server, settings);
        ShutdownSignals.onTermination(server::stopGracefully);
        if (directory != null) {
            ReleaseWatcher watcher = ReleaseWatcher.start(directory, server, first, switchInterval);
            ShutdownSignals.onHangUp(watcher::checkSoon);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String base = context.iris().base();
        System.out.printf("pyconf-graph: release %s (%s store) served in %d ms%n", context.release().id(),
            context.store().description(), millis);
        System.out.println("  home      " + base);
        System.out.println("  SPARQL    " + base + "sparql");
        server.join();
        return 0;
    }

    /** Every setting, checked before any work: a mistake costs the operator one line, not a build. */
    private ServerSettings checkedSettings() {
        if ((release != null || releases != null) && sources.sources != null)
            throw new IllegalArgumentException("--release and --releases serve built releases; --sources is for "
                + "building one");
        if (release != null && releases != null)
            throw new IllegalArgumentException("--release serves one release, --releases the one DIR/current names: "
                + "give one of them");
        SettingChecks.range("--kept-releases", keptReleases, 1, 100);
        Duration timeout = SettingChecks.seconds("--query-timeout", queryTimeoutSeconds, 0.001, 3600);
        if (base != null && !base.isBlank()) SettingChecks.base("--base", base);
        ServerLimits checkedLimits = limits.limits();
        SettingChecks.bindable(host, port);
        return new ServerSettings(host, port, base, timeout, checkedLimits);
    }

    /** The --store setting, checked: null for the default (the release folder's database, or memory). */
    private StoreSetting checkedStore() {
        Duration startLimit = SettingChecks.seconds("--store-start-timeout", storeStartTimeoutSeconds, 0.001, 3600);
        if (store == null || store.isBlank()) return null;
        if (releases != null)
            throw new IllegalArgumentException("--store " + store + " applies to --release: --releases serves each "
                + "release from its own TDB2 database");
        StoreSetting setting = StoreSetting.parse("--store", store);
        if (setting instanceof StoreSetting.Sparql sparql) setting = sparql.withStartTimeLimit(startLimit);
        if (release == null && !(setting instanceof StoreSetting.Memory))
            throw new IllegalArgumentException("--store " + store + " serves a built release: give its folder with"
                + " --release (it holds the manifest, dumps and sources), or use --store mem to serve --sources");
        return setting;
    }

    /** Starts the server; a port taken since the check is still the operator's to fix, not a stack trace. */
    private static void start(PublishingServer server, ServerSettings settings) {
        try {
            server.start();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause())
                if (cause instanceof BindException)
                    throw new IllegalArgumentException("--port " + settings.port() + " cannot be bound on "
                        + settings.host() + " (" + cause.getMessage() + "): choose another with --port or PYCONF_PORT");
            throw e;
        }
    }
}
