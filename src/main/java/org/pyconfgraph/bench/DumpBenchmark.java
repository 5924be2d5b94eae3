package org.pyconfgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.dboe.base.file.Location;
import org.pyconfgraph.format.RdfFormat;
import org.pyconfgraph.format.RdfFormats;
import org.pyconfgraph.format.RdfWriters;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.release.Dump;
import org.pyconfgraph.release.DumpWriter;
import org.pyconfgraph.release.ReleaseFolder;

/**
 * The dump writers against Jena's raw streaming writers on the same TDB2 database, both reading the same graphs
 * in the same read transaction. Each side runs twice, in alternating order, and its faster run counts, so that
 * neither pays alone for a cold node cache or code not yet compiled; wall and CPU time of the writing thread are
 * printed, as on a shared machine the CPU time is the steadier figure. Prints figures; asserts nothing.
 */
public final class DumpBenchmark {
    private static final double TEXT_DUMP_GOAL_RATIO = 1.2;
    private static final double JSONLD_GOAL_TRIPLES_PER_SECOND = 500_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final PrintStream out;

    public DumpBenchmark(PrintStream out) {
        this.out = out;
    }

    /**
     * The writers on a copy of a built release's database without its metadata graph (what the dumps were written
     * from), then the five dumps written as {@code build --out} writes them, their checksums compared with the
     * manifest's: a changed writer must give the same bytes.
     */
    public void run(Path releaseFolder) {
        ReleaseFolder release = ReleaseFolder.open(releaseFolder, false);
        Path temp = temporaryFolder();
        DatasetGraph content = null;
        try {
            copy(release.database(), temp.resolve("tdb2"));
            content = DatabaseMgr.connectDatasetGraph(Location.create(temp.resolve("tdb2")));
            DatasetGraph database = content;
            Txn.executeWrite(database, () -> database.removeGraph(NamedGraph.METADATA.node(release.release().iris())));
            long triples = release.triples() - release.graphTriples()
                .getOrDefault(NamedGraph.METADATA.node(release.release().iris()).getURI(), 0L);
            out.printf("release %s: %,d triples without the metadata graph (load average %.1f on %d cores)%n",
                release.manifest().releaseId(), triples, ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
            compare(database, release.release().writers(), triples);
            checkBytes(database, release, temp.resolve("dumps"));
        } finally {
            if (content != null) TDBInternal.expel(content);
            ScaleBenchmark.deleteQuietly(temp);
        }
    }

    /** Each dump format written by our writer and Jena's raw streaming writer, bytes discarded. */
    public void compare(DatasetGraph database, RdfWriters writers, long triples) {
        out.println("dump writers, ours vs Jena's raw streaming writer, best of two alternating runs (wall, CPU of the writing thread):");
        Txn.executeRead(database, () -> {
            compare("Turtle", ours(writers, database, RdfFormats.TURTLE), () -> raw(database, RDFFormat.TURTLE_BLOCKS, false), triples);
            compare("N-Triples", ours(writers, database, RdfFormats.NTRIPLES), () -> raw(database, RDFFormat.NTRIPLES_UTF8, false), triples);
            compare("N-Quads", ours(writers, database, RdfFormats.NQUADS), () -> raw(database, RDFFormat.NQUADS_UTF8, true), triples);
            compare("TriG", ours(writers, database, RdfFormats.TRIG), () -> raw(database, RDFFormat.TRIG_BLOCKS, true), triples);
            Runnable jsonLd = ours(writers, database, RdfFormats.JSONLD);
            Timing jsonld = Timing.best(Timing.of(jsonLd), Timing.of(jsonLd));
            out.printf("  %-10s ours %6.2f s (CPU %6.2f s)   %,10.0f triples/s (of CPU %,10.0f)   goal >= %,.0f   ratio %.2f%n",
                "JSON-LD", jsonld.wall(), jsonld.cpu(), triples / jsonld.wall(), triples / jsonld.cpu(),
                JSONLD_GOAL_TRIPLES_PER_SECOND, triples / jsonld.wall() / JSONLD_GOAL_TRIPLES_PER_SECOND);
        });
    }

    private static Runnable ours(RdfWriters writers, DatasetGraph database, RdfFormat format) {
        return () -> writers.write(database, format, OutputStream.nullOutputStream());
    }

    private void checkBytes(DatasetGraph content, ReleaseFolder release, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long started = System.nanoTime();
        List<Dump> dumps = new DumpWriter(release.release().writers()).write(content, folder);
        out.printf("the five dumps written as build --out writes them (in parallel): %.2f s; bytes against the manifest's checksums:%n",
            (System.nanoTime() - started) / 1e9);
        Map<String, String> expected = release.release().dumps().stream()
            .collect(Collectors.toMap(Dump::fileName, Dump::sha256));
        for (Dump dump : dumps)
            out.printf("  %-24s %s%n", dump.fileName(), dump.sha256().equals(expected.get(dump.fileName()))
                ? "same bytes" : "DIFFERENT bytes (" + dump.byteSize() + " bytes, sha256 " + dump.sha256() + ")");
    }

    private void compare(String format, Runnable ours, Runnable jenas, long triples) {
        Timing jenasFirst = Timing.of(jenas);
        Timing oursFirst = Timing.of(ours);
        Timing oursSecond = Timing.of(ours);
        Timing jenasSecond = Timing.of(jenas);
        Timing o = Timing.best(oursFirst, oursSecond);
        Timing j = Timing.best(jenasFirst, jenasSecond);
        out.printf("  %-10s ours %6.2f s (CPU %6.2f s)   Jena %6.2f s (CPU %6.2f s)   ratio %.2f (CPU %.2f; goal <= %.1f)   ours %,.0f triples/s%n",
            format, o.wall(), o.cpu(), j.wall(), j.cpu(), o.wall() / j.wall(), o.cpu() / j.cpu(), TEXT_DUMP_GOAL_RATIO,
            triples / o.wall());
    }

    private static void raw(DatasetGraph content, RDFFormat format, boolean quads) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(OutputStream.nullOutputStream(), format);
        stream.start();
        if (quads) StreamRDFOps.sendDatasetToStream(content, stream);
        else StreamRDFOps.sendGraphToStream(content.getUnionGraph(), stream);
        stream.finish();
    }

    /** Wall and CPU seconds of one run on this thread. */
    private record Timing(double wall, double cpu) {
        static Timing of(Runnable step) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            step.run();
            return new Timing((System.nanoTime() - started) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
        }

        static Timing best(Timing a, Timing b) { return a.wall() <= b.wall() ? a : b; }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else if (!file.getFileName().toString().equals("tdb.lock")) Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("pyconf-graph-dumps");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
