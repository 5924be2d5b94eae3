package org.pyconfgraph.bench;

import java.io.PrintStream;

import org.pyconfgraph.load.SourceTree;

/** Placeholder while the scale benchmark is written. */
public final class ScaleBenchmark {
    public ScaleBenchmark(SourceTree base, SyntheticSources generator, PrintStream out) {}

    public void run() {}
}
