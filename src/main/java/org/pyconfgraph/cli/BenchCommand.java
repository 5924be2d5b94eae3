package org.pyconfgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.pyconfgraph.bench.Benchmark;
import org.pyconfgraph.bench.DumpBenchmark;
import org.pyconfgraph.bench.LoadBenchmark;
import org.pyconfgraph.bench.ScaleBenchmark;
import org.pyconfgraph.bench.SyntheticSources;
import org.pyconfgraph.publish.http.RequestLogFilter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints speed figures: release build, start-up, and latency of real HTTP requests to a real server. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Builds the release, starts the server on a free loopback port and times the requests users make "
        + "(pages, documents, dumps, every example query). Prints figures; asserts nothing.")
final class BenchCommand implements Callable<Integer> {
    @Mixin SourceOptions sources;

    @Option(names = "--rounds", defaultValue = "200", paramLabel = "N",
        description = "Timed requests per kind, after a warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--first-answers", paramLabel = "N",
        description = "Instead: only the whole-process starts of serve --release and plain serve to their first answer,"
            + " N starts each, with the class-data archive beside the jar and without; wall and CPU time.")
    Integer firstAnswers;

    @Option(names = "--load", description = "Instead: mixed traffic from many clients at once, a few of them sending "
        + "queries that run to the time limit; prints errors, latency of light requests and memory.")
    boolean load;

    @Option(names = "--clients", defaultValue = "64", paramLabel = "N",
        description = "With --load: clients at once (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--heavy-clients", defaultValue = "4", paramLabel = "N",
        description = "With --load: clients sending queries that run to the time limit (default: ${DEFAULT-VALUE}).")
    int heavyClients;

    @Option(names = "--seconds", defaultValue = "60", paramLabel = "N",
        description = "With --load: how long (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--events", paramLabel = "N",
        description = "Instead: generate N synthetic events (valid against the shapes) beside the sources, then measure "
            + "build --out per phase, serve --release and documents of random resources at 16 connections.")
    Integer events;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
        description = "With --events: the generator's seed; the same N and seed give the same sources (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--generate", paramLabel = "DIR",
        description = "With --events: only write the synthetic source tree into the new folder DIR (for build --sources DIR).")
    Path generate;

    @Option(names = "--release", paramLabel = "DIR",
        description = "With --events: only measure serve --release of DIR, a folder built (build --out) from the "
            + "sources --generate wrote for the same N and seed.")
    Path release;

    @Option(names = "--dumps", description = "With --release DIR: only time the dump writers on DIR's database (a copy "
        + "without the metadata graph) against Jena's raw streaming writers, then write the five dumps and compare "
        + "their bytes with the release's checksums. Any built release; no --events needed.")
    boolean dumps;

    @Override
    public Integer call() throws InterruptedException, IOException {
        if (generate != null && events == null)
            throw new IllegalArgumentException("--generate writes synthetic sources: give their count with --events N");
        if (dumps) {
            if (release == null) throw new IllegalArgumentException("--dumps times the writers of a built release: give it with --release DIR");
            new DumpBenchmark(System.out).run(release);
            return 0;
        }
        if (release != null && (events == null || generate != null))
            throw new IllegalArgumentException("--release measures a synthetic release: give its --events N, without --generate");
        if (events != null) {
            SettingChecks.range("--events", events, 1, 100_000_000);
            SyntheticSources generator = new SyntheticSources(events, seed);
            if (generate != null) {
                generator.write(sources.tree(), generate);
                return 0;
            }
            System.setProperty("org.slf4j.simpleLogger.log." + RequestLogFilter.LOGGER_NAME, "warn");
            ScaleBenchmark scale = new ScaleBenchmark(sources.tree(), generator, System.out);
            if (release != null) scale.serve(release);
            else scale.run();
            return 0;
        }
        SettingChecks.range("--rounds", rounds, 1, Long.MAX_VALUE);
        SettingChecks.range("--clients", clients, 1, 1000);
        SettingChecks.range("--heavy-clients", heavyClients, 0, clients);
        SettingChecks.range("--seconds", seconds, 1, 3600);
        // Thousands of request lines would bury the figures; set before the first logger reads the configuration.
        System.setProperty("org.slf4j.simpleLogger.log." + RequestLogFilter.LOGGER_NAME, "warn");
        if (firstAnswers != null) {
            SettingChecks.range("--first-answers", firstAnswers, 1, 100);
            new Benchmark(sources.tree(), rounds, System.out).firstAnswers(firstAnswers);
        } else if (load) new LoadBenchmark(sources.serveArguments(), clients, heavyClients, Duration.ofSeconds(seconds),
            System.out).run();
        else new Benchmark(sources.tree(), rounds, System.out).run();
        return 0;
    }
}
