package org.pyconfgraph.publish;

import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.system.Txn;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.release.Release;
import org.pyconfgraph.release.ReleaseBuilder;
import org.pyconfgraph.release.ReleaseFolder;
import org.pyconfgraph.store.GraphStore;
import org.pyconfgraph.store.InMemoryGraphStore;
import org.pyconfgraph.store.SparqlGraphStore;
import org.pyconfgraph.store.StoreSetting;
import org.pyconfgraph.store.Tdb2GraphStore;

/**
 * What every server module needs: the release being served, the store holding it, the settings, and the index
 * files its folder holds by name (none for a release built in memory: a module computes what it needs once). Its two
 * factories are the one place where an instance is wired, for {@code serve}, the benchmark and the tests alike.
 */
public record PublishingContext(Release release, GraphStore store, SourceTree sources, ServerSettings settings,
                                Map<String, Path> indexes) {
    public IriSpace iris() { return release.iris(); }

    /** Validates and builds the sources, and serves them from memory: the quickest start for a small dataset. */
    public static PublishingContext ofSources(SourceTree sources, ServerSettings settings) {
        Release release = new ReleaseBuilder(sources, settings.iriSpace()).build();
        return new PublishingContext(release, InMemoryGraphStore.of(release.dataset()), sources, settings, Map.of());
    }

    /**
     * Serves a release built by {@code build --out}, from its TDB2 database and dump files, reading nothing of the
     * data at start. The release's IRIs are fixed by the base it was built for: the public base is that one.
     *
     * @throws IllegalArgumentException if the settings name another public base
     */
    public static PublishingContext ofReleaseFolder(Path folder, ServerSettings settings) {
        return ofReleaseFolder(folder, null, settings);
    }

    /**
     * Serves a release built by {@code build --out} from {@code store}: the release folder gives the manifest, the
     * dumps and the sources; the store holds the same release's data (null: the folder's own TDB2 database; for a
     * {@code tdb2:} or {@code sparql:} store the folder needs none). Such a store is checked to hold that release
     * before anything is served.
     *
     * @throws IllegalArgumentException if the settings name another public base, or the store does not hold the
     *                                  release
     */
    public static PublishingContext ofReleaseFolder(Path folder, StoreSetting store, ServerSettings settings) {
        // Only a copy into memory reads the release's own dataset. Any other store is opened apart, and the folder's
        // database only through the store: TDB2 lets a database go by location, so a second, uncounted handle could
        // be connected while another store of the same folder lets it go, and be left on a shut database.
        ReleaseFolder built = ReleaseFolder.open(folder, store instanceof StoreSetting.Memory);
        String base = built.release().iris().base();
        if (settings.publicBase() != null && !settings.publicBase().isBlank()
            && !IriSpace.of(settings.publicBase()).base().equals(base))
            throw new IllegalArgumentException(folder + " was built for the base " + base + ", not "
                + settings.publicBase() + ": serve it with that base, or build it again with --base");
        return new PublishingContext(built.release(), open(store, built, settings), built.sources(),
            settings.withPublicBase(base), built.indexes());
    }

    private static GraphStore open(StoreSetting store, ReleaseFolder built, ServerSettings settings) {
        if (store instanceof StoreSetting.Memory)
            return Txn.calculateRead(built.release().dataset(), () -> InMemoryGraphStore.of(built.release().dataset()));
        if (store instanceof StoreSetting.Tdb2 tdb2)
            return Tdb2GraphStore.open(tdb2.directory(), built.release(), "--store tdb2:" + tdb2.directory());
        if (store instanceof StoreSetting.Sparql sparql)
            return SparqlGraphStore.connect(sparql.endpoint(), built.release(), settings.queryTimeout(),
                sparql.startTimeLimit());
        return Tdb2GraphStore.open(built.database());
    }
}
