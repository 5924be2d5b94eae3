package org.pyconfgraph.testing;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.pyconfgraph.store.GraphStore;
import org.pyconfgraph.store.InMemoryGraphStore;
import org.pyconfgraph.store.Tdb2GraphStore;

/** One fixture's quads in each local store, so that an engine test can hold every store to the same answers. */
public final class FixtureStores {
    private FixtureStores() {}

    /** @return the stores by name ("memory", "tdb2"); the TDB2 database is written into {@code directory} */
    public static Map<String, GraphStore> of(DatasetGraph data, Path directory) {
        DatasetGraph database = DatabaseMgr.connectDatasetGraph(Location.create(directory));
        Txn.executeWrite(database, () -> data.find().forEachRemaining(database::add));
        return Map.of("memory", InMemoryGraphStore.of(data), "tdb2", Tdb2GraphStore.open(directory));
    }

    /** Every IRI the fixture's quads have as subject or object, in the order first met: what a test dereferences. */
    public static List<Node> iris(DatasetGraph data) {
        Set<Node> found = new LinkedHashSet<>();
        data.find().forEachRemaining(q -> {
            if (q.getSubject().isURI()) found.add(q.getSubject());
            if (q.getObject().isURI()) found.add(q.getObject());
        });
        return List.copyOf(found);
    }
}
