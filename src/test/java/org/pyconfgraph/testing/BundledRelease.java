package org.pyconfgraph.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.graph.Node;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.release.Release;
import org.pyconfgraph.release.ReleaseBuilder;
import org.pyconfgraph.store.InMemoryGraphStore;

/** The release built from this checkout's sources, once per test run, loaded into an in-memory store. */
public final class BundledRelease {
    private static Release release;
    private static InMemoryGraphStore store;

    private BundledRelease() {}

    public static SourceTree sources() { return SourceTree.directory(Path.of(".")); }

    public static IriSpace iris() { return ServerSettings.defaults().iriSpace(); }

    public static synchronized Release release() {
        if (release == null) release = new ReleaseBuilder(sources(), iris()).build();
        return release;
    }

    public static synchronized InMemoryGraphStore store() {
        if (store == null) {
            store = InMemoryGraphStore.of(release().dataset());
        }
        return store;
    }

    /** Rows of a SELECT query over the union of the named graphs, each a map from variable name to node. */
    public static List<Map<String, Node>> select(Query query) {
        List<Map<String, Node>> rows = new ArrayList<>();
        try (RDFLink link = RDFLink.connect(store().localDataset().orElseThrow())) {
            RowSet rowSet = link.query(query).select();
            rowSet.forEachRemaining(binding -> {
                Map<String, Node> row = new java.util.LinkedHashMap<>();
                for (Var v : rowSet.getResultVars()) if (binding.contains(v)) row.put(v.getVarName(), binding.get(v));
                rows.add(row);
            });
        }
        return rows;
    }
}
