package org.pyconfgraph.format;

import java.io.OutputStream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterBuilder;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/** A format Jena writes well as it is, fed through an ordered view so that its output is deterministic. */
final class JenaFormatWriter implements FormatWriter {
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

    @Override
    public void write(DatasetGraph data, OutputStream out) {
        RDFWriterBuilder writer = RDFLanguages.isTriples(format.getLang())
            ? RDFWriter.source(OrderedViews.graph(data.getDefaultGraph(), prefixes))
            : RDFWriter.source(OrderedViews.dataset(data, prefixes));
        if (context != null) writer.context(context);
        writer.format(format).output(out);
    }
}
