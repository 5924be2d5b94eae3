package org.pyconfgraph.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.pyconfgraph.infer.Inferencer;
import org.pyconfgraph.load.CitedSources;
import org.pyconfgraph.load.RdfFileReader;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.validate.ShapeValidator;

/**
 * The content of a release built in its TDB2 database rather than in the heap, so that what a build holds is
 * bounded by its settings whatever the size of the sources: the source files are parsed straight into the bulk
 * loader (with every check of {@link RdfFileReader}), then validation and inference read the database in read
 * transactions, side by side, and the inferred triples go through a temporary file into the loader. Only the small
 * graphs stay in the heap: the shapes and the declared metadata.
 * <p>
 * The checks and their messages are those of the in-memory build ({@link ReleaseBuilder}), in the same order:
 * syntax and literal length (ontology, then data), cited sources, the metadata files, then SHACL before inference.
 */
final class DatabaseBuild {
    private final SourceTree tree;
    private final IriSpace iris;
    private final DatasetGraph database;
    private final BuildPhases phases;

    /** @param database an empty TDB2 database, not yet shared with any other user */
    DatabaseBuild(SourceTree tree, IriSpace iris, DatasetGraph database, BuildPhases phases) {
        this.tree = tree;
        this.iris = iris;
        this.database = database;
        this.phases = phases;
    }

    /**
     * Loads, validates and infers into the database.
     *
     * @return the declared metadata, the seed of the metadata graph
     */
    Graph build(Path scratch) {
        RdfFileReader reader = new RdfFileReader(tree, iris);
        Graph declared = phases.run("parse into TDB2", () -> {
            load(database, stream -> {
                Vocabularies.prefixes(iris).getNsPrefixMap().forEach(stream::prefix);
                reader.readAll(tree.ontologyFiles(), new IntoGraph(stream, NamedGraph.ONTOLOGY.node(iris)));
                reader.readAll(tree.dataFiles(), new IntoGraph(stream, NamedGraph.FACTS.node(iris)));
            });
            Txn.executeRead(database, () -> CitedSources.requireDeclared(tree, iris, graph(NamedGraph.FACTS)));
            return reader.readAll(tree.metadataFiles());
        });
        ShapeValidator validator = new ShapeValidator(reader.read(tree.shapesFile()));
        CompletableFuture<Void> validation = CompletableFuture.runAsync(() -> phases.run("validate (SHACL)",
            () -> Txn.executeRead(database, () -> validator.requireConforms(asserted()))), ReleaseBuilder::onOwnThread);
        Path inferred = scratch.resolve("inferred.trdf");
        try {
            phases.run("infer (rules)", () -> infer(Inferencer.fromRules(tree, iris), inferred));
        } catch (RuntimeException e) {
            ReleaseBuilder.awaitConforming(validation);
            throw e;
        }
        ReleaseBuilder.awaitConforming(validation);
        phases.run("TDB2 load of inferred", () -> loadInferred(inferred));
        return declared;
    }

    /** The triples of each content graph in the database, by graph IRI, in {@link NamedGraph} order. */
    Map<String, Long> graphTriples() {
        Map<String, Long> graphs = new LinkedHashMap<>();
        Txn.executeRead(database, () -> {
            for (NamedGraph graph : NamedGraph.values())
                if (graph.isContent()) graphs.put(graph.node(iris).getURI(), (long) graph(graph).size());
        });
        return graphs;
    }

    /**
     * What validation reads: the ontology and the facts, the only graphs loaded while it runs. TDB2's union graph
     * gives each triple once (as the in-memory build's union does) from one index scan per pattern, where a union of
     * the two graphs would scan both and look up each of the second's triples in the first.
     */
    private Graph asserted() {
        return database.getUnionGraph();
    }

    private Graph graph(NamedGraph graph) {
        return database.getGraph(graph.node(iris));
    }

    /**
     * Each rule runs on TDB2's engine over the union of the graphs loaded so far (ontology and facts); its triples
     * are written as they come to a binary RDF file, which keeps blank node labels as they are.
     */
    private void infer(Inferencer inferencer, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT);
            writer.start();
            Txn.executeRead(database, () -> inferencer.infer(
                rule -> QueryExec.dataset(database).query(rule).set(TDB2.symUnionDefaultGraph, true), writer::triple));
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inferred triples into their graph; the loader drops those two rules both made. */
    private void loadInferred(Path file) {
        Node name = NamedGraph.INFERRED.node(iris);
        load(database, stream -> {
            try (InputStream in = Files.newInputStream(file)) {
                RDFParser.source(in).lang(Lang.RDFTHRIFT).labelToNode(LabelToNode.createUseLabelAsGiven())
                    .parse(new IntoGraph(stream, name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                file.toFile().delete();
            }
        });
    }

    /** One bulk load with the build's loader, its stream framed as a parser frames it. */
    private static void load(DatasetGraph database, Consumer<StreamRDF> source) {
        DataLoader loader = BulkLoader.BUILD.create(database);
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            stream.start();
            source.accept(stream);
            stream.finish(); // flushes the last batch
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    /** The triples of a parse as quads of one graph; the parse's prefixes and base stay out of the database. */
    private record IntoGraph(StreamRDF quads, Node graph) implements StreamRDF {
        @Override public void start() {}
        @Override public void triple(Triple triple) {
            quads.quad(Quad.create(graph, triple));
        }
        @Override public void quad(Quad quad) {
            quads.quad(Quad.create(graph, quad.asTriple()));
        }
        @Override public void base(String base) {}
        @Override public void prefix(String prefix, String iri) {}
        @Override public void finish() {}
    }
}
