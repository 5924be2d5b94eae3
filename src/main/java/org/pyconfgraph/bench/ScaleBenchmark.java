package org.pyconfgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.tdb2.sys.TDBInternal;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.publish.server.PublishingServer;
import org.pyconfgraph.release.BuildPhases;
import org.pyconfgraph.release.ReleaseFolder;

/**
 * The scale benchmark: N synthetic events generated beside the sources, then {@code build --out} timed phase by
 * phase with the heap each needs, TDB2's bulk loaders against each other on the release's N-Quads, the dump
 * writers against Jena's raw streaming writers on the same database, and {@code serve --release} of the result in
 * a process of its own (see {@link ReleaseServerProbe}). Each figure is printed beside its anchor (the goal,
 * or Jena's writer) and the ratio. Prints figures; asserts nothing.
 */
public final class ScaleBenchmark {

    private final SourceTree base;
    private final SyntheticSources generator;
    private final PrintStream out;

    public ScaleBenchmark(SourceTree base, SyntheticSources generator, PrintStream out) {
        this.base = base;
        this.generator = generator;
        this.out = out;
    }

    public void run() {
        Path temp = temporaryFolder();
        try {
            long started = System.nanoTime();
            SourceTree tree = generator.write(base, temp.resolve("sources"));
            out.printf("generated %,d synthetic events into a source tree in %.1f s (heap limit %,d MB)%n",
                generator.events(), seconds(started), Runtime.getRuntime().maxMemory() >> 20);

            IriSpace iris = ServerSettings.defaults().iriSpace();
            BuildPhases phases = new BuildPhases(phase -> out.printf(
                "  %-20s %8.1f s wall %8.1f s CPU   peak heap %,7d MB   in use after %,6d MB%n", phase.name(),
                phase.millis() / 1e3, phase.cpuMillis() / 1e3, phase.peakHeapBytes() >> 20,
                phase.retainedHeapBytes() >> 20), true);
            out.println("build --out, phase by phase:");
            started = System.nanoTime();
            ReleaseFolder built = ReleaseFolder.build(tree, iris, temp.resolve("release"), phases,
                PublishingServer.releaseIndexes());
            double buildSeconds = seconds(started);
            long content = built.graphTriples().entrySet().stream()
                .filter(e -> !e.getKey().equals(NamedGraph.METADATA.node(iris).getURI()))
                .mapToLong(java.util.Map.Entry::getValue).sum();
            out.printf("(load average %.1f on %d cores)%n", java.lang.management.ManagementFactory
                .getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
            out.printf("build --out: %.1f s for %,d events, %,d quads (%,d distinct triples)%n", buildSeconds,
                generator.events(), content, built.triples());
            new LoaderComparison(out).run(built.folder().resolve("dumps/pyconf-graph.nq.gz"), temp);
            new DumpBenchmark(out).compare(built.release().dataset(), built.release().writers(), built.triples());
            // TDB2 locks a database to one process: release it before the server process opens it.
            TDBInternal.expel(built.release().dataset());
            new ReleaseServerProbe(out).run(built.folder(), generator);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Only the last part: {@code serve --release} of a folder already built from this generator's sources (same N
     * and seed), so that a large release is built once and measured as often as needed.
     */
    public void serve(Path release) {
        new ReleaseServerProbe(out).run(release, generator);
    }

    private static double seconds(long startedNanos) { return (System.nanoTime() - startedNanos) / 1e9; }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("pyconf-graph-scale");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteQuietly(Path folder) {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the system cleans what remains
        }
    }
}
