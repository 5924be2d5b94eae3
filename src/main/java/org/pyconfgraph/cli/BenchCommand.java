package org.pyconfgraph.cli;

import java.util.concurrent.Callable;

import org.pyconfgraph.bench.Benchmark;
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

    @Override
    public Integer call() {
        if (rounds < 1) throw new IllegalArgumentException("--rounds must be at least 1");
        // Thousands of request lines would bury the figures; set before the first logger reads the configuration.
        System.setProperty("org.slf4j.simpleLogger.log." + RequestLogFilter.LOGGER_NAME, "warn");
        new Benchmark(sources.tree(), rounds, System.out).run();
        return 0;
    }
}
