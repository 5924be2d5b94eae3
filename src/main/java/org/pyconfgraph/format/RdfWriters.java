package org.pyconfgraph.format;

import java.io.OutputStream;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Writes graphs and datasets in any registered format, with the instance's prefixes and JSON-LD context.
 * The one place where each format gets its writer; output is deterministic (same content, same bytes).
 */
public final class RdfWriters {
    private final JsonLdContext context;
    private final Map<RdfFormat, JenaFormatWriter> writers;

    public RdfWriters(PrefixMapping prefixes, JsonLdContext context) {
        PrefixMapping fixed = PrefixMapping.Factory.create().setNsPrefixes(prefixes).lock();
        this.context = context;
        JsonLdWriting.register();
        Context compactWith = Context.create().set(JsonLdWriting.CONTEXT, context);
        this.writers = Map.of(
            RdfFormats.TURTLE, new JenaFormatWriter(RDFFormat.TURTLE_PRETTY, fixed),
            RdfFormats.JSONLD, new JenaFormatWriter(JsonLdWriting.COMPACTED, fixed, compactWith),
            RdfFormats.NTRIPLES, new JenaFormatWriter(RDFFormat.NTRIPLES_UTF8, fixed),
            RdfFormats.RDFXML, new JenaFormatWriter(RDFFormat.RDFXML_PLAIN, fixed),
            RdfFormats.NQUADS, new JenaFormatWriter(RDFFormat.NQUADS_UTF8, fixed),
            RdfFormats.TRIG, new JenaFormatWriter(RDFFormat.TRIG_PRETTY, fixed));
        RdfFormats.ALL.stream().filter(f -> !writers.containsKey(f)).findAny().ifPresent(f -> {
            throw new IllegalStateException("no writer registered for " + f.name());
        });
    }

    public JsonLdContext context() { return context; }

    /** Writes one graph in a triple format. */
    public void write(Graph graph, RdfFormat format, OutputStream out) {
        if (format.quads()) throw new IllegalArgumentException(format.name() + " writes datasets, not graphs");
        writers.get(format).write(DatasetGraphFactory.wrap(graph), out);
    }

    /** Writes a dataset: every named graph in a quad format, their union in a triple format. */
    public void write(DatasetGraph dataset, RdfFormat format, OutputStream out) {
        if (!format.quads()) {
            write(dataset.getUnionGraph(), format, out);
            return;
        }
        writers.get(format).write(dataset, out);
    }
}
