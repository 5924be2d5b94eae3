package org.pyconfgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.solver.QueryEngineTDB;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.testing.BundledRelease;

@DisplayName("A TDB2 store")
class Tdb2GraphStoreTest {
    @TempDir static Path directory;
    private static Tdb2GraphStore store;

    @BeforeAll
    static void load() {
        DatasetGraph database = DatabaseMgr.connectDatasetGraph(Location.create(directory));
        DatasetGraph release = BundledRelease.release().dataset();
        Txn.executeWrite(database, () -> release.find().forEachRemaining(database::add));
        store = Tdb2GraphStore.open(directory);
    }

    @AfterAll
    static void close() { store.close(); }

    @Test
    @DisplayName("answers queries over the union of its named graphs as its default graph")
    void unionDefaultGraph() {
        Query count = QueryFactory.create("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }");
        long inTdb2 = store.read(r -> r.select(count, BindingFactory.empty())).get(0).get("n")
            .getLiteralValue() instanceof Number n ? n.longValue() : -1;
        long inMemory = BundledRelease.store().read(r -> r.select(count, BindingFactory.empty())).get(0).get("n")
            .getLiteralValue() instanceof Number n ? n.longValue() : -1;
        assertTrue(inTdb2 > 1000, "the union holds the release's triples: " + inTdb2);
        assertEquals(inMemory, inTdb2);
    }

    @Test
    @DisplayName("hands queries to TDB2's own engine, not ARQ's general one over a wrapper")
    void tdb2Engine() {
        DatasetGraph dataset = store.localDataset().orElseThrow();
        Query query = QueryFactory.create("SELECT * { ?s ?p ?o }");
        Context context = Context.setupContextForDataset(new Context(), dataset);
        assertTrue(QueryEngineRegistry.findFactory(query, dataset, context).accept(query, dataset, context));
        assertSame(QueryEngineTDB.getFactory().getClass(),
            unwrapped(QueryEngineRegistry.get().find(query, dataset, context), query, dataset, context));
    }

    @Test
    @DisplayName("serves the Graph Store Protocol's default graph as the union too")
    void defaultGraphIsUnion() {
        DatasetGraph dataset = store.localDataset().orElseThrow();
        long union = Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().size());
        long memory = Txn.calculateRead(BundledRelease.store().localDataset().orElseThrow(),
            () -> BundledRelease.store().localDataset().orElseThrow().getDefaultGraph().size());
        assertEquals(memory, union);
    }

    @Test
    @DisplayName("is read-only")
    void readOnly() {
        DatasetGraph dataset = store.localDataset().orElseThrow();
        org.apache.jena.graph.Node iri = org.apache.jena.graph.NodeFactory.createURI("urn:x:a");
        assertThrows(UnsupportedOperationException.class, () -> Txn.executeWrite(dataset,
            () -> dataset.add(iri, iri, iri, iri)));
    }

    @Test
    @DisplayName("binds values as nodes and reads inside one transaction")
    void boundValues() {
        Query query = QueryFactory.create("SELECT ?p { ?s ?p ?o } LIMIT 1");
        List<Binding> rows = store.read(r -> r.select(query, BindingFactory.binding(
            org.apache.jena.sparql.core.Var.alloc("s"),
            org.apache.jena.graph.NodeFactory.createURI(BundledRelease.iris().thing("event/python10")))));
        assertEquals(1, rows.size());
    }

    @Test
    @DisplayName("gives rows that stay readable after the read transaction ends")
    void rowsOutliveTheTransaction() {
        Query query = QueryFactory.create("SELECT ?s ?p ?o { ?s ?p ?o } LIMIT 5");
        List<Binding> rows = store.read(r -> r.select(query, BindingFactory.empty()));
        assertEquals(5, rows.size());
        for (Binding row : rows) assertTrue(row.get("o") != null && row.get("s").isURI(), row::toString);
    }

    @Test
    @DisplayName("stays readable when another store opened on the same database closes, even twice")
    void sharedDatabase() {
        // TDB2 hands both the one dataset of the database: closing the other must not shut this one's.
        Tdb2GraphStore other = Tdb2GraphStore.open(directory);
        other.close();
        other.close();
        Query query = QueryFactory.create("SELECT ?s { ?s ?p ?o } LIMIT 5");
        assertEquals(5, store.read(r -> r.select(query, BindingFactory.empty())).size());
    }

    @Test
    @DisplayName("lets the database go when the last store open on it closes")
    void lastCloseLetsGo(@TempDir Path elsewhere) {
        DatasetGraph database = DatabaseMgr.connectDatasetGraph(Location.create(elsewhere));
        org.apache.jena.graph.Node iri = org.apache.jena.graph.NodeFactory.createURI("urn:x:a");
        Txn.executeWrite(database, () -> database.add(iri, iri, iri, iri));
        Tdb2GraphStore first = Tdb2GraphStore.open(elsewhere);
        Tdb2GraphStore second = Tdb2GraphStore.open(elsewhere);
        Query query = QueryFactory.create("SELECT ?s { ?s ?p ?o }");
        first.close();
        assertEquals(1, second.read(r -> r.select(query, BindingFactory.empty())).size());
        second.close();
        assertThrows(RuntimeException.class, () -> second.read(r -> r.select(query, BindingFactory.empty())),
            "the database is shut once no store is open on it");
    }

    /** The factory that creates the plan: the wrapper factory delegates to the one for the dataset it unwraps. */
    private static Class<?> unwrapped(org.apache.jena.sparql.engine.QueryEngineFactory factory, Query query,
                                      DatasetGraph dataset, Context context) {
        if (dataset instanceof org.apache.jena.sparql.core.DatasetGraphWrapper wrapper
            && !(dataset instanceof org.apache.jena.sparql.core.DatasetGraphWrapperView))
            return unwrapped(QueryEngineRegistry.get().find(query, wrapper.getWrapped(), context), query,
                wrapper.getWrapped(), context);
        return factory.getClass();
    }
}
