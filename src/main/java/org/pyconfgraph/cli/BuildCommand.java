package org.pyconfgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.pyconfgraph.publish.server.PublishingServer;
import org.pyconfgraph.release.BuildPhases;
import org.pyconfgraph.release.Dump;
import org.pyconfgraph.release.ReleaseFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Builds a release once, into a folder that {@code serve --release} then serves as often as needed. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = {
        "Validates the sources, infers, and writes the release into a new folder: a TDB2 database, the dumps with "
            + "SHA256SUMS, and manifest.json. serve --release DIR serves it without reading the data again.",
        "The folder is built beside DIR under a hidden name and renamed into place when complete; a failed build "
            + "leaves nothing. DIR must not exist. Exit code 2 if the sources or the folder are not usable.",
        "Prints each phase (parse into TDB2, validate, infer, load of the inferred, dumps, statistics, describe) as it "
            + "ends, with its time and the heap in use at its peak."})
final class BuildCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin SourceOptions sources;
    @Mixin BaseOption base;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The new release folder.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter printer = spec.commandLine().getOut();
        long started = System.nanoTime();
        BuildPhases phases = new BuildPhases(phase -> {
            printer.printf("%-20s %,9d ms   peak heap %,6d MB%n", phase.name(), phase.millis(), phase.peakHeapBytes() >> 20);
            printer.flush();
        }, false);
        ReleaseFolder built = ReleaseFolder.build(sources.tree(), base.iriSpace(), out, phases,
            PublishingServer.releaseIndexes());
        long millis = (System.nanoTime() - started) / 1_000_000;
        built.graphTriples().forEach((graph, triples) -> printer.printf("%-44s %,12d triples%n", graph, triples));
        for (Dump dump : built.release().dumps())
            printer.printf("%-24s %,14d bytes  sha256 %s%n", dump.fileName(), dump.byteSize(), dump.sha256());
        printer.printf("built release %s (base %s, %,d distinct triples) into %s in %d ms%n", built.release().id(),
            built.release().iris().base(), built.triples(), out, millis);
        printer.flush();
        return 0;
    }
}
