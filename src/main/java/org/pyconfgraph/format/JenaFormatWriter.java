package org.pyconfgraph.format;

import java.io.OutputStream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterBuilder;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * Writes one format through Jena's writer registry (where our JSON-LD writer is registered too), fed through an
 * ordered view so that the same content gives the same bytes, whatever order it was loaded in. Pretty Turtle is
 * written in chunks ({@link TurtleInChunks}), the same bytes.
 */
final class JenaFormatWriter {
    private final RDFFormat format;
    private final PrefixMapping prefixes;
    private final Context context;

    JenaFormatWriter(RDFFormat format, PrefixMapping prefixes) {
        this(format, prefixes, null);
    }

    /** @param context settings of the writer, or null for Jena's defaults */
    JenaFormatWriter(RDFFormat format, PrefixMapping prefixes, Context context) {
        this.format = format;
        this.prefixes = prefixes;
        this.context = context;
    }

    /** @param data for a triple format, its default graph is written; for a quad format, every graph */
    void write(DatasetGraph data, OutputStream out) {
        if (format.equals(RDFFormat.TURTLE_PRETTY)) {
            TurtleInChunks.write(OrderedViews.graph(data.getDefaultGraph(), prefixes), prefixes, out);
            return;
        }
        RDFWriterBuilder writer = RDFLanguages.isTriples(format.getLang())
            ? RDFWriter.source(OrderedViews.graph(data.getDefaultGraph(), prefixes))
            : RDFWriter.source(OrderedViews.dataset(data, prefixes));
        if (context != null) writer.context(context);
        writer.format(format).output(out);
    }
}
