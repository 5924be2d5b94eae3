package org.pyconfgraph.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.server.PublishingServer;
import org.pyconfgraph.release.BuildPhases;
import org.pyconfgraph.release.Release;
import org.pyconfgraph.release.ReleaseBuilder;
import org.pyconfgraph.release.ReleaseFolder;
import org.pyconfgraph.store.GraphStore;

/**
 * A fixture's release as a release index test needs it: a folder built with the release indexes, one built
 * without them (as a build before them wrote it), the release's quads in each local store, and its IRIs.
 *
 * @param stores by name, as {@link FixtureStores#of} gives them
 * @param iris every IRI of the release, as {@link FixtureStores#iris} gives them
 */
public record IndexedFixture(Path indexed, Path older, Map<String, GraphStore> stores, List<Node> iris)
    implements AutoCloseable {

    /** Builds it all below {@code directory}. */
    public static IndexedFixture build(SourceTree sources, IriSpace iris, Path directory) {
        Path indexed = ReleaseFolder.build(sources, iris, directory.resolve("indexed"), BuildPhases.untracked(),
            PublishingServer.releaseIndexes()).folder();
        Path older = ReleaseFolder.build(sources, iris, directory.resolve("older")).folder();
        Release release = new ReleaseBuilder(sources, iris).build();
        return new IndexedFixture(indexed, older, FixtureStores.of(release.dataset(), directory.resolve("tdb2")),
            FixtureStores.iris(release.dataset()));
    }

    /** @param name "memory" or "tdb2" */
    public GraphStore store(String name) { return stores.get(name); }

    @Override
    public void close() { stores.values().forEach(GraphStore::close); }
}
