package org.pyconfgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.pyconfgraph.release.BulkLoader;

/**
 * Each of TDB2's bulk loaders loading the same N-Quads file (a release's dump) into an empty database of its own,
 * timed by the wall clock and by the CPU time of the process (on a shared machine, what the load cost).
 */
final class LoaderComparison {
    private static final double GOAL_QUADS_PER_SECOND = 100_000;

    private final PrintStream out;

    LoaderComparison(PrintStream out) {
        this.out = out;
    }

    /** Each loader twice, the second round in reverse order, its faster run kept: no loader alone meets a cold cache. */
    void run(Path nquadsGz, Path scratch) {
        out.printf("TDB2 bulk loaders, each loading %s into an empty database, best of two runs in alternating order"
            + " (the build uses %s):%n", nquadsGz.getFileName(), BulkLoader.BUILD.name().toLowerCase());
        Map<BulkLoader, Run> best = new EnumMap<>(BulkLoader.class);
        List<BulkLoader> order = new ArrayList<>(List.of(BulkLoader.values()));
        for (int round = 0; round < 2; round++) {
            for (BulkLoader plan : order)
                best.merge(plan, time(plan, nquadsGz, scratch), (a, b) -> a.wall() <= b.wall() ? a : b);
            Collections.reverse(order);
        }
        best.forEach((plan, run) -> out.printf("  %-10s %,10d quads  %6.1f s wall %6.1f s CPU   %,9.0f quads/s wall"
                + "  %,9.0f quads/s of CPU   goal >= %,.0f   ratio %.2f%n", plan.name().toLowerCase(), run.quads(),
            run.wall(), run.cpu(), run.quads() / run.wall(), run.quads() / run.cpu(), GOAL_QUADS_PER_SECOND,
            run.quads() / run.wall() / GOAL_QUADS_PER_SECOND));
    }

    private record Run(long quads, double wall, double cpu) {}

    private static Run time(BulkLoader plan, Path nquadsGz, Path scratch) {
        Path directory = scratch.resolve("load-" + plan.name().toLowerCase());
        DatasetGraph database = DatabaseMgr.connectDatasetGraph(Location.create(directory));
        long started = System.nanoTime();
        long cpu = processCpuNanos();
        long quads;
        try {
            quads = load(plan.create(database), nquadsGz);
        } finally {
            TDBInternal.expel(database);
        }
        Run run = new Run(quads, (System.nanoTime() - started) / 1e9, (processCpuNanos() - cpu) / 1e9);
        ScaleBenchmark.deleteQuietly(directory);
        return run;
    }

    private static long load(DataLoader loader, Path nquadsGz) {
        loader.startBulk();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(nquadsGz), 1 << 16)) {
            StreamRDF stream = loader.stream();
            RDFParser.source(in).lang(Lang.NQUADS).parse(stream);
            loader.finishBulk();
            return loader.countQuads();
        } catch (IOException e) {
            loader.finishException(e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getProcessCpuTime() : -1;
    }
}
