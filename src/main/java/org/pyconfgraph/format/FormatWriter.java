package org.pyconfgraph.format;

import java.io.OutputStream;

import org.apache.jena.sparql.core.DatasetGraph;

/** Serializes RDF in one format; {@link RdfWriters} registers one per format. */
interface FormatWriter {

    /**
     * Writes the same bytes for the same content, whatever order it was loaded in.
     *
     * @param data for a triple format, its default graph is written; for a quad format, every graph
     */
    void write(DatasetGraph data, OutputStream out);
}
