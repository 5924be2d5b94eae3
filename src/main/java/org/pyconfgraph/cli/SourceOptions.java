package org.pyconfgraph.cli;

import java.nio.file.Path;

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

    SourceTree tree() {
        SettingChecks.range("--max-literal-length", maxLiteralLength, 1, Integer.MAX_VALUE);
        return (sources == null ? SourceTree.bundled() : SourceTree.directory(sources))
            .withMaxLiteralLength(maxLiteralLength);
    }
}
