package org.pyconfgraph.format;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;

/** Writes graphs and datasets in any registered format, with the instance's prefixes and JSON-LD context. */
public final class RdfWriters {
    private final PrefixMapping prefixes;
    private final JsonLdContext context;

    public RdfWriters(PrefixMapping prefixes, JsonLdContext context) {
        this.prefixes = prefixes;
        this.context = context;
    }

    public JsonLdContext context() { return context; }

    public void write(Graph graph, RdfFormat format, OutputStream out) {
        if (format.quads()) throw new IllegalArgumentException(format.name() + " writes datasets, not graphs");
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        RDFWriter.source(graph).format(format.writerFormat()).output(out);
    }

    public void write(DatasetGraph dataset, RdfFormat format, OutputStream out) {
        if (!format.quads()) {
            write(dataset.getUnionGraph(), format, out);
            return;
        }
        RDFWriter.source(dataset).format(format.writerFormat()).output(out);
    }
}
