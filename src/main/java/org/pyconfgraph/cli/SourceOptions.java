package org.pyconfgraph.cli;

import java.nio.file.Path;

import org.pyconfgraph.load.SourceTree;

import picocli.CommandLine.Option;

/** Where the sources come from: a checkout's folders, or the copy bundled in the jar. */
final class SourceOptions {
    @Option(names = "--sources", paramLabel = "DIR",
        description = "Folder holding ontology/, data/ and queries/ (default: the copy bundled in this build).")
    Path sources;

    SourceTree tree() {
        return sources == null ? SourceTree.bundled() : SourceTree.directory(sources);
    }
}
