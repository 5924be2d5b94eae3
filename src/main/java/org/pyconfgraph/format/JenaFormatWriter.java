package org.pyconfgraph.format;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterBuilder;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * Writes one format through Jena's writer registry (where our JSON-LD writer is registered too), fed through an
 * ordered view so that the same content gives the same bytes, whatever order it was loaded in. Pretty Turtle and
 * TriG are written in chunks ({@link TurtleInChunks}, {@link TriGInChunks}), and N-Quads with each subject's and
 * graph's terms formatted once ({@link NQuadsInOrder}), the same bytes.
 */
final class JenaFormatWriter {
    private final RDFFormat format;
    private final PrefixMapping prefixes;
    private final Context context;
    /** Pretty Turtle's and pretty TriG's writers, or null for other formats. */
    private final TurtleInChunks turtle;
    private final TriGInChunks trig;

    JenaFormatWriter(RDFFormat format, PrefixMapping prefixes) {
        this(format, prefixes, null);
    }

    /** @param context settings of the writer, or null for Jena's defaults */
    JenaFormatWriter(RDFFormat format, PrefixMapping prefixes, Context context) {
        this.format = format;
        this.prefixes = prefixes;
        this.context = context;
        this.turtle = format.equals(RDFFormat.TURTLE_PRETTY) ? new TurtleInChunks(prefixes) : null;
        this.trig = format.equals(RDFFormat.TRIG_PRETTY) ? new TriGInChunks(prefixes) : null;
    }

    /** @param data for a triple format, its default graph is written; for a quad format, every graph */
    void write(DatasetGraph data, OutputStream out) {
        if (RDFLanguages.isTriples(format.getLang())) {
            Graph view = OrderedViews.graph(data.getDefaultGraph(), prefixes);
            try {
                if (turtle != null) turtle.write(view, out);
                else output(RDFWriter.source(view), out);
            } finally {
                OrderedViews.close(view);
            }
            return;
        }
        DatasetGraph view = OrderedViews.dataset(data, prefixes);
        try {
            if (format.equals(RDFFormat.NQUADS_UTF8)) NQuadsInOrder.write(view, out);
            else if (trig != null) trig.write(view, out);
            else output(RDFWriter.source(view), out);
        } finally {
            OrderedViews.close(view);
        }
    }

    private void output(RDFWriterBuilder writer, OutputStream out) {
        if (context != null) writer.context(context);
        writer.format(format).output(out);
    }
}
