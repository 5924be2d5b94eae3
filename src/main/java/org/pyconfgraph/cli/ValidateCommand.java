package org.pyconfgraph.cli;

import java.util.concurrent.Callable;

import org.pyconfgraph.release.Release;
import org.pyconfgraph.release.ReleaseBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Checks edited sources: syntax (file and line) and shapes (node, path, message). */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Parses and validates the sources against the SHACL shapes; exit code 2 if they are not publishable.")
final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin SourceOptions sources;

    @Mixin BaseOption base;

    @Override
    public Integer call() {
        Release release = new ReleaseBuilder(sources.tree(), base.iriSpace()).build();
        spec.commandLine().getOut().println("OK: " + release.dataset().stream().count() + " quads in "
            + release.dataset().size() + " named graphs; release " + release.id());
        return 0;
    }
}
