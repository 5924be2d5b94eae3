package org.pyconfgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.pyconfgraph.format.RdfFormats;
import org.pyconfgraph.format.RdfWriters;
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
    private static final double TEXT_DUMP_GOAL_RATIO = 1.2;
    private static final double JSONLD_GOAL_TRIPLES_PER_SECOND = 500_000;

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
            compareWriters(built);
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

    /**
     * Each dump format written from the release's database by our writer and by Jena's raw streaming writer, both
     * reading the same graphs in the same read transaction. Each side is timed twice, in alternating order, and
     * its faster run kept, so that neither pays alone for a cold node cache or code not yet compiled.
     */
    private void compareWriters(ReleaseFolder built) {
        DatasetGraph database = built.release().dataset();
        RdfWriters writers = built.release().writers();
        long triples = built.triples();
        out.println("dump writers on the release's TDB2 database (bytes discarded; the metadata graph too), ours vs Jena's raw streaming writer, best of two alternating runs:");
        Txn.executeRead(database, () -> {
            DatasetGraph content = database;
            compare("Turtle", () -> writers.write(content, RdfFormats.TURTLE, OutputStream.nullOutputStream()),
                () -> raw(content, RDFFormat.TURTLE_BLOCKS, false), triples);
            compare("N-Triples", () -> writers.write(content, RdfFormats.NTRIPLES, OutputStream.nullOutputStream()),
                () -> raw(content, RDFFormat.NTRIPLES_UTF8, false), triples);
            compare("N-Quads", () -> writers.write(content, RdfFormats.NQUADS, OutputStream.nullOutputStream()),
                () -> raw(content, RDFFormat.NQUADS_UTF8, true), triples);
            compare("TriG", () -> writers.write(content, RdfFormats.TRIG, OutputStream.nullOutputStream()),
                () -> raw(content, RDFFormat.TRIG_BLOCKS, true), triples);
            Runnable jsonLdWrite = () -> writers.write(content, RdfFormats.JSONLD, OutputStream.nullOutputStream());
            double jsonld = Math.min(time(jsonLdWrite), time(jsonLdWrite));
            out.printf("  %-10s ours %7.1f s   %,10.0f triples/s   goal >= %,.0f   ratio %.2f%n", "JSON-LD", jsonld,
                triples / jsonld, JSONLD_GOAL_TRIPLES_PER_SECOND, triples / jsonld / JSONLD_GOAL_TRIPLES_PER_SECOND);
        });
    }

    private void compare(String format, Runnable ours, Runnable jenas, long triples) {
        double jenasFirst = time(jenas);
        double oursFirst = time(ours);
        double oursSecond = time(ours);
        double jenasSecond = time(jenas);
        report(format, Math.min(oursFirst, oursSecond), Math.min(jenasFirst, jenasSecond), triples);
    }

    private void report(String format, double ours, double jenas, long triples) {
        out.printf("  %-10s ours %7.1f s   Jena %7.1f s   ratio %.2f (goal <= %.1f)   ours %,.0f triples/s%n", format,
            ours, jenas, ours / jenas, TEXT_DUMP_GOAL_RATIO, triples / ours);
    }

    private static void raw(DatasetGraph content, RDFFormat format, boolean quads) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(OutputStream.nullOutputStream(), format);
        stream.start();
        if (quads) StreamRDFOps.sendDatasetToStream(content, stream);
        else StreamRDFOps.sendGraphToStream(content.getUnionGraph(), stream);
        stream.finish();
    }

    private static double time(Runnable step) {
        long started = System.nanoTime();
        step.run();
        return seconds(started);
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
