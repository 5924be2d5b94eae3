package org.pyconfgraph.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphZero;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.pyconfgraph.format.RdfFormats;
import org.pyconfgraph.format.RdfWriters;
import org.pyconfgraph.load.JsonLdContextReader;
import org.pyconfgraph.load.LoadException;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;

/**
 * A release built once and kept on disk, to be served many times: {@code manifest.json}, a TDB2 database
 * ({@code tdb2/}) holding every named graph, the dump files with their {@code SHA256SUMS} ({@code dumps/}), and the
 * sources a server reads besides the data ({@code sources/}: ontology, example queries, declared metadata).
 * <p>
 * A release folder is built into a hidden sibling folder and renamed into place only when complete, so a reader
 * sees a whole release or none, and a failed build leaves nothing behind. An existing folder is never replaced.
 *
 * @param folder   where the release is
 * @param release  the release as a server serves it; its dataset is the TDB2 database
 * @param sources  the sources the release was built from, without the data files
 * @param manifest the figures of the build
 */
public record ReleaseFolder(Path folder, Release release, SourceTree sources, ReleaseManifest manifest) {
    static final String DATABASE = "tdb2";
    static final String DUMPS = "dumps";
    static final String SOURCES = "sources";
    static final String INDEXES = "indexes";
    private static final int INDEX_LANES = 2;
    /** What a server reads of the sources besides the data: everything but the data files. */
    private static final List<String> SERVED_SOURCES = List.of("ontology", "queries", "data/metadata");

    /**
     * The folder of the release's TDB2 database.
     *
     * @throws LoadException if the release has none: TDB2 would create an empty database there, and a release
     *                       without one is broken, not empty
     */
    public Path database() { return existingDatabase(folder); }

    public long triples() { return manifest.triples(); }

    public Map<String, Long> graphTriples() { return manifest.graphTriples(); }

    /** The index files the build wrote, by name; none for a folder built before there were any. */
    public Map<String, Path> indexes() {
        Map<String, Path> indexes = new LinkedHashMap<>();
        manifest.indexes().forEach(i -> indexes.put(i.file(), folder.resolve(INDEXES).resolve(i.file())));
        return indexes;
    }

    /** Validates, infers and writes the release from {@code tree} into the new folder {@code out}. */
    public static ReleaseFolder build(SourceTree tree, IriSpace iris, Path out) {
        return build(tree, iris, out, BuildPhases.untracked(), List.of());
    }

    /**
     * As {@link #build(SourceTree, IriSpace, Path)}, timing each phase. The sources are parsed straight into the
     * TDB2 database, validated and inferred there ({@link DatabaseBuild}); the dumps and figures are then read from
     * the database, so the heap holds no graph of the data. Then each of {@code indexes} is written from the
     * database.
     */
    public static ReleaseFolder build(SourceTree tree, IriSpace iris, Path out, BuildPhases phases,
                                      List<ReleaseIndex> indexes) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target))
            throw new ExportException(out + " exists: a release folder is never overwritten; build into a new one", null);
        Path staging = target.resolveSibling("." + target.getFileName() + ".building-" + UUID.randomUUID());
        // A build stopped by SIGTERM or Ctrl-C removes what it had written, as a failed one does.
        Thread cleanup = new Thread(() -> TemporaryFolder.deleteQuietly(staging), "build-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            Files.createDirectories(staging.resolve(DUMPS));
            DatasetGraph database = DatabaseMgr.connectDatasetGraph(Location.create(staging.resolve(DATABASE)));
            ReleaseManifest manifest;
            try {
                DatabaseBuild content = new DatabaseBuild(tree, iris, database, phases);
                Graph declared = content.build(staging);
                manifest = describe(tree, iris, declared, database, content.graphTriples(), staging, phases);
            } finally {
                TDBInternal.expel(database);
            }
            manifest.withIndexes(index(indexes, iris, staging, phases)).write(staging);
            copySources(tree, staging.resolve(SOURCES));
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return open(target);
        } catch (FileAlreadyExistsException e) {
            throw new ExportException(out + " appeared while the release was built; it is left as it is", e);
        } catch (IOException e) {
            throw new ExportException("cannot write the release to " + out + ": " + e.getMessage(), e);
        } finally {
            TemporaryFolder.deleteQuietly(staging);
            TemporaryFolder.removeHook(cleanup);
        }
    }

    /** Dumps, figures and the metadata graph, read from and added to the loaded database; the manifest's figures. */
    private static ReleaseManifest describe(SourceTree tree, IriSpace iris, Graph declared, DatasetGraph database,
                                 Map<String, Long> graphs, Path staging, BuildPhases phases) throws IOException {
        RdfWriters writers = new RdfWriters(Vocabularies.prefixes(iris), JsonLdContextReader.read(tree, iris));
        List<Dump> dumps = phases.run("dumps", () -> new DumpWriter(writers).write(database, staging.resolve(DUMPS)));
        String id = ReleaseBuilder.releaseId(dumps, declared);
        DatasetStatistics statistics = phases.run("statistics",
            () -> Txn.calculateRead(database, () -> DatasetStatistics.of(database, iris)));
        Graph metadata = phases.run("describe", () -> {
            Graph described = Txn.calculateRead(database,
                () -> DatasetDescription.describe(iris, database, dumps, id, declared, statistics));
            Txn.executeWrite(database, () -> database.addGraph(NamedGraph.METADATA.node(iris), described));
            return described;
        });
        graphs.put(NamedGraph.METADATA.node(iris).getURI(), (long) metadata.size());
        List<ReleaseManifest.DumpEntry> entries = dumps.stream()
            .map(d -> new ReleaseManifest.DumpEntry(d.fileName(), d.format().extension(), d.gzipped(), d.byteSize(),
                d.sha256()))
            .toList();
        return new ReleaseManifest(ReleaseManifest.FORMAT_VERSION, id, iris.base(),
            DatasetDescription.modified(declared, iris), Instant.now(), graphs, statistics.triples(),
            statistics.entities(), entries, List.of());
    }

    private static List<ReleaseManifest.IndexEntry> index(List<ReleaseIndex> indexes, IriSpace iris, Path staging,
                                                          BuildPhases phases) throws IOException {
        if (indexes.isEmpty()) return List.of();
        Files.createDirectories(staging.resolve(INDEXES));
        // Two at a time, each reading the database in a read transaction of its own: the longest (the timeline's)
        // does not hold up the others, and the two cores of a small machine are both busy.
        ExecutorService lanes = Executors.newFixedThreadPool(INDEX_LANES);
        try {
            return ReleaseBuilder.allJoined(indexes.stream().map(index -> CompletableFuture.supplyAsync(
                () -> phases.run("index " + index.file(), () -> writeIndex(index, iris, staging)), lanes)).toList());
        } finally {
            lanes.shutdown();
        }
    }

    private static ReleaseManifest.IndexEntry writeIndex(ReleaseIndex index, IriSpace iris, Path staging) {
        Path file = staging.resolve(INDEXES).resolve(index.file());
        try {
            index.write(staging.resolve(DATABASE), iris, file);
            return new ReleaseManifest.IndexEntry(index.file(), Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a built release with its TDB2 database: reads its manifest and context, no data. */
    public static ReleaseFolder open(Path folder) { return open(folder, true); }

    /**
     * Opens a built release: reads its manifest and context, no data.
     *
     * @param withDatabase false for a release whose data a store opened apart holds (the folder's own database, a
     *                     copy of it elsewhere, a SPARQL engine): no database is opened or created here, and the
     *                     release's dataset is empty
     */
    public static ReleaseFolder open(Path folder, boolean withDatabase) {
        ReleaseManifest manifest = ReleaseManifest.read(folder);
        IriSpace iris = IriSpace.of(manifest.base());
        SourceTree sources = SourceTree.directory(folder.resolve(SOURCES));
        RdfWriters writers = new RdfWriters(Vocabularies.prefixes(iris), JsonLdContextReader.read(sources, iris));
        List<Dump> dumps = manifest.dumps().stream().map(d -> dump(folder, d)).toList();
        for (ReleaseManifest.IndexEntry index : manifest.indexes())
            checkSize(folder.resolve(INDEXES).resolve(index.file()), index.bytes());
        DatasetGraph database = withDatabase ? connectDatabase(existingDatabase(folder)) : DatasetGraphZero.create();
        return new ReleaseFolder(folder, new Release(iris, database, dumps, manifest.releaseId(), manifest.modified(),
            writers), sources, manifest);
    }

    private static Path existingDatabase(Path folder) {
        if (!Files.isDirectory(folder.resolve(DATABASE)))
            throw new LoadException(folder.resolve(DATABASE) + ": missing from the release");
        return folder.resolve(DATABASE);
    }

    /**
     * Opens the TDB2 database in {@code directory} for serving.
     *
     * @throws DatabaseInUse if another process holds it
     */
    public static DatasetGraph connectDatabase(Path directory) {
        try {
            return DatabaseMgr.connectDatasetGraph(Location.create(directory));
        } catch (AlreadyLocked e) {
            throw new DatabaseInUse(directory, e.getMessage());
        } catch (DBOpEnvException e) {
            // TDB2 reports a lock held by another process with this base exception and a message naming it.
            if (String.valueOf(e.getMessage()).contains("lock")) throw new DatabaseInUse(directory, e.getMessage());
            throw new LoadException(directory + ": not a usable TDB2 database (" + e.getMessage() + ")");
        }
    }

    private static Dump dump(Path folder, ReleaseManifest.DumpEntry entry) {
        Path file = folder.resolve(DUMPS).resolve(entry.file());
        checkSize(file, entry.bytes());
        return new Dump(RdfFormats.byExtension(entry.format()).orElseThrow(), entry.file(), file, entry.bytes(),
            entry.sha256(), entry.gzipped());
    }

    private static void checkSize(Path file, long bytes) {
        try {
            if (Files.size(file) != bytes)
                throw new LoadException(file + ": " + Files.size(file) + " bytes, the manifest says " + bytes);
        } catch (IOException e) {
            throw new LoadException(file + ": missing from the release (" + e.getMessage() + ")");
        }
    }

    private static void copySources(SourceTree tree, Path target) throws IOException {
        for (String folder : SERVED_SOURCES) {
            Path from = tree.root().resolve(folder);
            if (!Files.isDirectory(from)) continue;
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(tree.root().relativize(file).toString());
                    if (Files.isDirectory(file)) Files.createDirectories(to);
                    else Files.copy(file, to);
                }
            }
        }
    }
}
