package org.pyconfgraph.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.format.GraphSubjects.Subject;
import org.pyconfgraph.testing.BundledRelease;

@DisplayName("Subjects sorted in bounded memory")
class SortedSubjectsTest {
    private static final Comparator<Subject> TERM_ORDER = (a, b) -> NodeCmp.compareRDFTerms(a.node(), b.node());

    @Test
    @DisplayName("come in the order one sort of all of them gives, with their TDB2 node ids, however small the runs "
        + "written to files, as often as they are listed")
    void runsInFilesMergeToOneSort() {
        DatasetGraph database = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(database, () -> BundledRelease.release().dataset().find().forEachRemaining(database::add));
        Txn.executeRead(database, () -> {
            GraphSubjects index = GraphSubjects.of(database.getUnionGraph());
            List<Subject> expected = index.subjects();
            expected.sort(TERM_ORDER);
            assertTrue(expected.size() > 1000, "a graph of many subjects");
            try (SortedSubjects sorted = SortedSubjects.sort(index.list(), TERM_ORDER, 97)) {
                assertTrue(sorted.spilled(), "runs beyond the first went to files");
                assertEquals(expected, list(sorted.iterator()));
                assertEquals(expected, list(sorted.iterator()), "listed again");
                sorted.iterator().next();
                for (Subject subject : sorted) assertEquals(List.of(), new ArrayList<>(index.triplesOf(subject))
                    .stream().filter(t -> !t.getSubject().equals(subject.node())).toList());
            }
        });
    }

    @Test
    @DisplayName("keep blank nodes and IRIs of graphs outside TDB2 (no node ids), and an empty graph lists nothing")
    void blankNodesAndNoIds() {
        List<Subject> subjects = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            subjects.add(new Subject(NodeFactory.createBlankNode("b" + i), null));
            subjects.add(new Subject(NodeFactory.createURI("http://example.org/é/" + i), null));
        }
        List<Subject> expected = new ArrayList<>(subjects);
        expected.sort(TERM_ORDER);
        try (SortedSubjects sorted = SortedSubjects.sort(subjects.iterator(), TERM_ORDER, 7)) {
            assertTrue(sorted.spilled());
            assertEquals(expected, list(sorted.iterator()));
        }
        try (SortedSubjects none = SortedSubjects.sort(List.<Subject>of().iterator(), TERM_ORDER, 7)) {
            assertFalse(none.iterator().hasNext());
        }
    }

    private static List<Subject> list(Iterator<Subject> subjects) {
        List<Subject> all = new ArrayList<>();
        subjects.forEachRemaining(all::add);
        return all;
    }
}
