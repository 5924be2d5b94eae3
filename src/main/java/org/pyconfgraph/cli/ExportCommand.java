package org.pyconfgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.pyconfgraph.release.DumpExporter;
import org.pyconfgraph.release.DumpExporter.ExportedFile;
import org.pyconfgraph.release.Release;
import org.pyconfgraph.release.ReleaseBuilder;
import org.pyconfgraph.release.ReleaseFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Validates the sources and writes the release's dumps into a folder, for publishing them elsewhere. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {
        "Writes the release's dumps (Turtle, JSON-LD, N-Triples, N-Quads and TriG) and a SHA256SUMS file "
            + "(for sha256sum -c) into a folder: the same bytes the server offers at /dumps/.",
        "Files are written in full before any is renamed into place, so a failed export leaves no partial "
            + "or temporary file; exit code 2 if the sources or the folder are not usable."})
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin SourceOptions sources;
    @Mixin BaseOption base;

    @Option(names = "--out", required = true, paramLabel = "DIR",
        description = "Folder to write the files into; created if missing, earlier files of the same names replaced.")
    Path out;

    @Option(names = "--release", paramLabel = "DIR",
        description = "Copy the dumps of a release folder made by build --out instead of building the sources.")
    Path release;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        Release release = this.release != null ? ReleaseFolder.open(this.release).release()
            : new ReleaseBuilder(sources.tree(), base.iriSpace()).build();
        List<ExportedFile> files = new DumpExporter().export(release.dumps(), out);
        long millis = (System.nanoTime() - started) / 1_000_000;

        PrintWriter printer = spec.commandLine().getOut();
        for (ExportedFile file : files)
            printer.printf("%-20s %9d bytes  sha256 %s%n", file.name(), file.byteSize(), file.sha256());
        printer.printf("exported release %s (base %s) to %s in %d ms%n", release.id(), release.iris().base(), out, millis);
        printer.flush();
        return 0;
    }
}
