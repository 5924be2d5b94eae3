package org.pyconfgraph.release;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.pyconfgraph.format.RdfWriters;
import org.pyconfgraph.infer.Inferencer;
import org.pyconfgraph.load.CitedSources;
import org.pyconfgraph.load.JsonLdContextReader;
import org.pyconfgraph.load.RdfFileReader;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.validate.ShapeValidator;

/**
 * Turns a source tree into a release: parse, validate, infer, write dumps, describe. Any failure throws
 * before anything exists, so a broken source never becomes a half-published release.
 */
public final class ReleaseBuilder {
    private final SourceTree tree;
    private final IriSpace iris;

    public ReleaseBuilder(SourceTree tree, IriSpace iris) {
        this.tree = tree;
        this.iris = iris;
    }

    /** A release whose dumps are written to a temporary folder, removed when this process ends. */
    public Release build() {
        return build(TemporaryFolder.create("pyconf-graph-dumps-"));
    }

    /** @param dumpsFolder an existing folder the dump files and their checksums are written into */
    public Release build(Path dumpsFolder) {
        Content content = content();
        Release release;
        try {
            release = describeAndPackage(content.ontology(), content.facts(), content.declaredMetadata(),
                content.inferred(), dumpsFolder);
        } finally {
            content.requireConforming();
        }
        return release;
    }

    /**
     * The parsed, validated graphs of a release and the inferred graph, in memory.
     *
     * @param declaredMetadata the dataset's declared description, the seed of the metadata graph
     * @param validation       still running while the rest is built: nothing may be published before it passes
     */
    private record Content(Graph ontology, Graph facts, Graph inferred, Graph declaredMetadata,
                   CompletableFuture<Void> validation) {
        /** Waits for validation; rethrows a failure as itself (it explains a broken source best). */
        void requireConforming() { awaitConforming(validation); }
    }

    /**
     * Parses, then infers while validation runs beside it. A failure of either throws (validation's first);
     * validation may still run when this returns: see {@link Content#requireConforming}.
     */
    private Content content() {
        RdfFileReader reader = new RdfFileReader(tree, iris);
        Graph ontology = reader.readAll(tree.ontologyFiles());
        Graph facts = reader.readAll(tree.dataFiles());
        CitedSources.requireDeclared(tree, iris, facts);
        Graph declaredMetadata = reader.readAll(tree.metadataFiles());
        Graph asserted = new Union(ontology, facts);
        CompletableFuture<Void> validation = CompletableFuture.runAsync(
            () -> new ShapeValidator(reader.read(tree.shapesFile())).requireConforms(asserted), ReleaseBuilder::onOwnThread);
        Graph inferred;
        try {
            inferred = Inferencer.fromRules(tree, iris).infer(asserted);
        } catch (RuntimeException e) {
            awaitConforming(validation);
            throw e;
        }
        return new Content(ontology, facts, inferred, declaredMetadata, validation);
    }

    private Release describeAndPackage(Graph ontology, Graph facts, Graph declaredMetadata, Graph inferred,
                                       Path dumpsFolder) {
        DatasetGraph content = DatasetGraphFactory.createTxnMem();
        content.prefixes().putAll(Vocabularies.prefixes(iris));
        content.addGraph(NamedGraph.ONTOLOGY.node(iris), ontology);
        content.addGraph(NamedGraph.FACTS.node(iris), facts);
        content.addGraph(NamedGraph.INFERRED.node(iris), inferred);

        RdfWriters writers = new RdfWriters(Vocabularies.prefixes(iris),
            JsonLdContextReader.read(tree, iris));
        List<Dump> dumps = new DumpWriter(writers).write(content, dumpsFolder);
        String id = releaseId(dumps, declaredMetadata);
        Instant modified = DatasetDescription.modified(declaredMetadata, iris);
        Graph metadata = DatasetDescription.describe(iris, content, dumps, id, declaredMetadata);

        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        dataset.prefixes().putAll(content.prefixes());
        content.listGraphNodes().forEachRemaining(g -> dataset.addGraph(g, content.getGraph(g)));
        dataset.addGraph(NamedGraph.METADATA.node(iris), metadata);
        return new Release(iris, dataset, dumps, id, modified, writers);
    }

    /** Its own thread rather than the common pool, which the dump writers use. */
    static void onOwnThread(Runnable task) {
        Thread thread = new Thread(task, "release-validation");
        thread.setDaemon(true);
        thread.start();
    }

    /** Rethrows a validation failure as itself: it explains a broken source better than anything built on it. */
    static void awaitConforming(CompletableFuture<Void> validation) {
        joined(validation);
    }

    /**
     * The results of steps run side by side, in their order, once every one has ended, so that the caller can close
     * what they read; the first failure in that order is thrown as itself.
     */
    static <T> List<T> allJoined(List<CompletableFuture<T>> steps) {
        CompletableFuture.allOf(steps.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
        return steps.stream().map(ReleaseBuilder::joined).toList();
    }

    /** The result of a step run on its own thread, or its failure as itself. */
    private static <T> T joined(CompletableFuture<T> step) {
        try {
            return step.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error cause) throw cause;
            throw e;
        }
    }

    /**
     * A digest of every byte the release publishes under its id: the dumps (through their checksums, which also
     * cover the prefixes and JSON-LD context they are written with) and the declared description, from which
     * the rest of the metadata follows. The same sources give the same id on every start; any change that
     * alters a dump or the description gives another, so a URL with the id never names other bytes.
     */
    static String releaseId(List<Dump> dumps, Graph declaredMetadata) {
        StringBuilder lines = new StringBuilder(new String(ChecksumsFile.of(dumps), StandardCharsets.UTF_8));
        declaredMetadata.stream()
            .map(t -> NodeFmtLib.str(t))
            .sorted()
            .forEach(line -> lines.append(line).append('\n'));
        return Dump.sha256(lines.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}
