package org.pyconfgraph.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.load.QueryParser;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.testing.BundledRelease;

/** Rules whose subqueries group by their subject run a batch of subjects at a time, giving the same triples. */
@DisplayName("A rule run by batches of subjects")
class SubjectBatchedRuleTest {
    private static final String PREFIXES = "PREFIX : <http://example.org/> ";

    @Test
    @DisplayName("gives the bundled rules' triples, from a TDB2 database, batch after batch of three subjects")
    void sameTriplesAsTheWholeRules(@TempDir Path directory) {
        Graph asserted = bundledAsserted();
        Inferencer inferencer = Inferencer.fromRules(BundledRelease.sources(), BundledRelease.iris());
        DatasetGraph database = DatabaseMgr.connectDatasetGraph(directory.toString());
        Node graph = NamedGraph.FACTS.node(BundledRelease.iris());
        Txn.executeWrite(database, () -> asserted.find().forEachRemaining(t -> database.getGraph(graph).add(t)));
        Graph batched = GraphFactory.createDefaultGraph();
        List<Integer> batches = new ArrayList<>();
        Txn.executeRead(database, () -> inferencer.infer(rule -> {
                batches.add(1);
                return QueryExec.dataset(database).query(rule).set(TDB2.symUnionDefaultGraph, true);
            }, () -> Iter.distinctAdjacent(Iter.map(database.getUnionGraph().find(), Triple::getSubject)), 3,
            batched::add));
        Graph whole = inferencer.infer(asserted);
        assertTrue(whole.size() > 1000, "the bundled rules infer " + whole.size() + " triples");
        assertTrue(batches.size() > 100, "the summary rules ran in " + batches.size() + " queries");
        assertTrue(whole.isIsomorphicWith(batched), "batched: " + batched.size() + ", whole: " + whole.size());
    }

    @Test
    @DisplayName("restricts the rule and each of its subqueries to the batch's subjects")
    void restrictsToTheBatch() {
        Graph data = GraphFactory.createDefaultGraph();
        for (String thing : List.of("a", "b", "c"))
            for (int n = 0; n < 3; n++)
                data.add(iri(thing), iri("label"), NodeFactory.createLiteralString(thing + n));
        Query rule = parse("CONSTRUCT { ?s :labels ?count } WHERE { { SELECT ?s (COUNT(?l) AS ?count) "
            + "WHERE { ?s :label ?l } GROUP BY ?s } }");
        Query forTwo = SubjectBatchedRule.of(rule).orElseThrow().forSubjects(List.of(iri("a"), iri("c")));
        Graph result = QueryExec.graph(data).query(forTwo).construct();
        assertEquals(2, result.size(), result::toString);
        assertTrue(result.contains(iri("a"), iri("labels"), Node.ANY));
        assertTrue(result.contains(iri("c"), iri("labels"), Node.ANY));
        assertEquals(2, forTwo.toString().split("VALUES").length - 1, forTwo::toString);
        assertEquals(1, rule.toString().split("SELECT").length - 1, "the rule itself is left as it was");
    }

    @Test
    @DisplayName("is batched only where that gives the same triples")
    void onlyWhereExact() {
        assertTrue(batchable("CONSTRUCT { ?s :n ?n } WHERE { { SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s } }"));
        assertTrue(batchable("CONSTRUCT { ?s :n ?d } WHERE { ?s a :T OPTIONAL { SELECT ?s ?d (COUNT(*) AS ?n) "
            + "WHERE { ?s :at ?d } GROUP BY ?s ?d } }"));
        assertFalse(batchable("CONSTRUCT { ?s :p ?o } WHERE { ?s :q ?o }"), "nothing held, nothing to batch");
        assertFalse(batchable("CONSTRUCT { ?s :n ?n } WHERE { ?s a :T { SELECT ?o (COUNT(*) AS ?n) "
            + "WHERE { ?x :p ?o } GROUP BY ?o } }"), "a subquery grouped by something else");
        assertFalse(batchable("CONSTRUCT { ?s :n ?n } WHERE { { SELECT ?s ?n WHERE { ?s :n ?n } LIMIT 5 } }"),
            "a subquery with a limit");
        assertFalse(batchable("CONSTRUCT { ?s :n ?n . ?n :of ?s } WHERE { { SELECT ?s (COUNT(*) AS ?n) "
            + "WHERE { ?s ?p ?o } GROUP BY ?s } }"), "a template with two subjects");
    }

    private static boolean batchable(String rule) {
        return SubjectBatchedRule.of(parse(rule)).isPresent();
    }

    private static Query parse(String rule) {
        return QueryParser.parse("rule", PREFIXES + rule, "http://example.org/");
    }

    private static Node iri(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }

    private static Graph bundledAsserted() {
        Graph asserted = GraphFactory.createDefaultGraph();
        DatasetGraph release = BundledRelease.release().dataset();
        GraphUtil.addInto(asserted, release.getGraph(NamedGraph.ONTOLOGY.node(BundledRelease.iris())));
        GraphUtil.addInto(asserted, release.getGraph(NamedGraph.FACTS.node(BundledRelease.iris())));
        return asserted;
    }
}
