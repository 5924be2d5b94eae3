package org.pyconfgraph.format;

import java.io.OutputStream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterBuilder;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;

/** A format Jena writes well as it is, fed through an ordered view so that its output is deterministic. */
final class JenaFormatWriter implements FormatWriter {
    private final RDFFormat format;
    private final PrefixMapping prefixes;

    JenaFormatWriter(RDFFormat format, PrefixMapping prefixes) {
        this.format = format;
        this.prefixes = prefixes;
    }

    @Override
    public void write(DatasetGraph data, OutputStream out) {
        RDFWriterBuilder writer = RDFLanguages.isQuads(format.getLang())
            ? RDFWriter.source(OrderedViews.dataset(data, prefixes))
            : RDFWriter.source(OrderedViews.graph(data.getDefaultGraph(), prefixes));
        writer.format(format).output(out);
    }
}
