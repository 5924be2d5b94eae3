package org.pyconfgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pyconfgraph.load.SourceTree;

import picocli.CommandLine.Option;

/** Where the sources come from: a checkout's folders, or the copy bundled in the jar. */
final class SourceOptions {
    @Option(names = "--sources", paramLabel = "DIR",
        description = "Folder holding ontology/, data/ and queries/ (default: the copy bundled in this build).")
    Path sources;

    @Option(names = "--max-literal-length", defaultValue = "${env:PYCONF_MAX_LITERAL_LENGTH:-65536}",
        paramLabel = "CHARS", description = "Longest literal a source may hold; a longer one fails validation naming "
            + "its file and line (env PYCONF_MAX_LITERAL_LENGTH; default: ${DEFAULT-VALUE}).")
    int maxLiteralLength;

    /** The same choice as arguments of {@code serve}, for a server started in a process of its own. */
    List<String> serveArguments() {
        tree();
        List<String> arguments = new ArrayList<>(List.of("--max-literal-length", String.valueOf(maxLiteralLength)));
        if (sources != null) arguments.addAll(List.of("--sources", sources.toAbsolutePath().toString()));
        return arguments;
    }

    SourceTree tree() {
        SettingChecks.range("--max-literal-length", maxLiteralLength, 1, Integer.MAX_VALUE);
        return (sources == null ? SourceTree.bundled() : SourceTree.directory(sources))
            .withMaxLiteralLength(maxLiteralLength);
    }
}
