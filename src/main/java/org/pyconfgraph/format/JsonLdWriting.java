package org.pyconfgraph.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFFormatVariant;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.WriterGraphRIOT;
import org.apache.jena.riot.WriterDatasetRIOT;
import org.apache.jena.riot.WriterDatasetRIOTFactory;
import org.apache.jena.riot.WriterGraphRIOTFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Our JSON-LD writer ({@link JsonLdCompactWriter}) in Jena's writer registry, as the format Jena writes
 * {@link Lang#JSONLD} in. Fuseki's own responses (CONSTRUCT and DESCRIBE results, Graph Store reads) and
 * {@link RdfWriters} (documents, dumps) then go through one registry and compact with the published context.
 * <p>
 * The context is the instance's (its IRIs are resolved against the instance's base), and the registry is the
 * JVM's: a write names the context in its Jena {@link Context} under {@link #CONTEXT}, or runs inside a
 * {@link #scope} that a server opens for each request on the request's thread, since Fuseki's writers take no
 * per-request settings. A write with neither is left to Jena's own JSON-LD writer, as if nothing were registered.
 */
public final class JsonLdWriting {
    /** JSON-LD compacted with a published context. */
    public static final RDFFormat COMPACTED =
        new RDFFormat(Lang.JSONLD, new RDFFormatVariant("compacted with the published context"));

    /** Names, in a write's Jena context, the {@link JsonLdContext} to compact with. */
    public static final Symbol CONTEXT = Symbol.create("urn:pyconf-graph:jsonld-context");

    private static final ThreadLocal<JsonLdContext> SCOPED = new ThreadLocal<>();
    private static boolean registered;

    private JsonLdWriting() {}

    /** Registers the writer once per JVM; later calls do nothing. */
    public static synchronized void register() {
        if (registered) return;
        WriterGraphRIOTFactory jenasGraphs = RDFWriterRegistry.getWriterGraphFactory(RDFFormat.JSONLD);
        WriterDatasetRIOTFactory jenasDatasets = RDFWriterRegistry.getWriterDatasetFactory(RDFFormat.JSONLD);
        WriterGraphRIOTFactory graphs = format -> new CompactingGraph(jenasGraphs.create(RDFFormat.JSONLD));
        WriterDatasetRIOTFactory datasets = format -> new CompactingDataset(jenasDatasets.create(RDFFormat.JSONLD));
        RDFWriterRegistry.register(COMPACTED, graphs);
        RDFWriterRegistry.register(COMPACTED, datasets);
        RDFWriterRegistry.register(Lang.JSONLD, COMPACTED);
        registered = true;
    }

    /** Makes writes on this thread compact with {@code context} until the scope is closed. */
    public static Scope scope(JsonLdContext context) {
        register();
        SCOPED.set(context);
        return SCOPED::remove;
    }

    /** A thread's JSON-LD context for as long as it is open. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** The write's context, else the thread's, else none. */
    private static JsonLdContext published(Context context) {
        JsonLdContext published = context == null ? null : context.get(CONTEXT);
        return published != null ? published : SCOPED.get();
    }

    private static void write(Writer out, OutputStreamWrite write) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write.to(bytes);
        try {
            out.write(bytes.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface OutputStreamWrite {
        void to(OutputStream out);
    }

    /** Compacts a graph with the published context; without one, Jena's writer writes. */
    private record CompactingGraph(WriterGraphRIOT jenas) implements WriterGraphRIOT {
        @Override
        public void write(OutputStream out, Graph graph, PrefixMap prefixMap, String baseURI, Context context) {
            JsonLdContext published = published(context);
            if (published == null) jenas.write(out, graph, prefixMap, baseURI, context);
            else JsonLdCompactWriter.write(graph, published, out);
        }

        @Override
        public void write(Writer out, Graph graph, PrefixMap prefixMap, String baseURI, Context context) {
            JsonLdWriting.write(out, bytes -> write(bytes, graph, prefixMap, baseURI, context));
        }

        @Override
        public Lang getLang() { return Lang.JSONLD; }
    }

    /**
     * Fuseki writes a CONSTRUCT result as a dataset of one default graph, since JSON-LD can hold quads: that graph
     * is compacted. A dataset with named graphs is left to Jena's writer.
     */
    private record CompactingDataset(WriterDatasetRIOT jenas) implements WriterDatasetRIOT {
        @Override
        public void write(OutputStream out, DatasetGraph dataset, PrefixMap prefixMap, String baseURI,
                          Context context) {
            JsonLdContext published = published(context);
            if (published == null || dataset.listGraphNodes().hasNext())
                jenas.write(out, dataset, prefixMap, baseURI, context);
            else JsonLdCompactWriter.write(dataset.getDefaultGraph(), published, out);
        }

        @Override
        public void write(Writer out, DatasetGraph dataset, PrefixMap prefixMap, String baseURI, Context context) {
            JsonLdWriting.write(out, bytes -> write(bytes, dataset, prefixMap, baseURI, context));
        }

        @Override
        public Lang getLang() { return Lang.JSONLD; }
    }
}
