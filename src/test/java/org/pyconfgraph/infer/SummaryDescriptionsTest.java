package org.pyconfgraph.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.testing.FactsGraph.dcterms;
import static org.pyconfgraph.testing.FactsGraph.en;
import static org.pyconfgraph.testing.FactsGraph.rdfType;
import static org.pyconfgraph.testing.FactsGraph.rdfs;
import static org.pyconfgraph.testing.FactsGraph.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.testing.BundledRelease;
import org.pyconfgraph.testing.FactsGraph;

/** The one-sentence summaries the rules give events and series as their schema:description. */
@DisplayName("The summary of an event or series")
class SummaryDescriptionsTest {
    private static final FactsGraph facts = graph(NamedGraph.FACTS);
    private static final FactsGraph inferred = graph(NamedGraph.INFERRED);

    private static FactsGraph graph(NamedGraph name) {
        return new FactsGraph(BundledRelease.release().dataset().getGraph(name.node(BundledRelease.iris())),
            BundledRelease.iris());
    }

    private static Node pcg(String localName) { return facts.term(localName); }

    private static String only(FactsGraph graph, Node thing) {
        Set<Node> descriptions = graph.objects(thing, schema("description"));
        assertEquals(1, descriptions.size(), () -> thing + ": " + descriptions);
        return descriptions.iterator().next().getLiteralLexicalForm();
    }

    @Test
    @DisplayName("says in plain words what Python10 was, when and where, at the precision of the data")
    void python10() {
        assertEquals(en("Python10, the 10th International Python Conference, was held 4–7 February 2002 at Hilton Alexandria Mark Center in Alexandria, VA."),
            inferred.objects(facts.thing("event/python10"), schema("description")).iterator().next());
        assertEquals("Python4, the 4th International Python Conference, was held in June 1996 in Livermore, CA.",
            only(inferred, facts.thing("event/python4")));
        assertEquals("IPC 11, the 11th International Python Conference, was held in 2003 at downtown Marriott hotel in Portland, OR"
            + " as a track of OSCON 2003,"
            + " organized by O'Reilly.", only(inferred, facts.thing("event/ipc11")));
    }

    @Test
    @DisplayName("is given to every dated or placed event: one sentence starting with its label, naming its venue or city")
    void everyEvent() {
        for (Node event : facts.subjects(rdfType(), pcg("Event"))) {
            boolean dated = !facts.objects(event, pcg("startDate")).isEmpty();
            Set<Node> venues = facts.objects(event, pcg("venue"));
            if (!dated && venues.isEmpty()) continue;
            String summary = only(inferred, event);
            String label = facts.objects(event, rdfs("label")).iterator().next().getLiteralLexicalForm();
            assertTrue(summary.startsWith(label) && summary.endsWith("."), summary);
            // One venue is named; an edition at several venues is named by its city.
            Set<Node> places = venues.size() == 1 ? venues : facts.objects(event, pcg("city"));
            for (Node place : places)
                for (Node text : facts.objects(place, pcg("placeText")))
                    assertTrue(summary.contains(text.getLiteralLexicalForm()), summary);
            for (Node start : facts.objects(event, pcg("startDate")))
                assertTrue(summary.contains(start.getLiteralLexicalForm().substring(0, 4)), summary);
        }
    }

    @Test
    @DisplayName("of a series names its editions here, first to last by start date at any precision, and what replaced it")
    void series() {
        Node ipc = facts.thing("series/ipc");
        Set<Node> editions = facts.subjects(pcg("inSeries"), ipc);
        // First and last by the start date compared as text, the order the README gives for mixed precisions.
        List<Node> dated = editions.stream().filter(e -> !facts.objects(e, pcg("startDate")).isEmpty())
            .sorted(Comparator.comparing(SummaryDescriptionsTest::startText)).toList();
        Node first = dated.get(0);
        Node last = dated.get(dated.size() - 1);
        assertEquals("International Python Conference (IPC) is a conference series covering Python, replaced by PyCon; "
            + editions.size() + " of its editions are recorded here, from " + label(first) + " ("
            + startText(first).substring(0, 4) + ") to " + label(last) + " (" + startText(last).substring(0, 4) + ").",
            only(inferred, ipc));
        for (Node series : facts.subjects(rdfType(), pcg("Series")))
            assertTrue(only(inferred, series).startsWith(
                facts.objects(series, rdfs("label")).iterator().next().getLiteralLexicalForm()), series::toString);
    }

    private static String startText(Node edition) {
        return facts.objects(edition, pcg("startDate")).iterator().next().getLiteralLexicalForm();
    }

    private static String label(Node thing) {
        return facts.objects(thing, rdfs("label")).iterator().next().getLiteralLexicalForm();
    }

    @Test
    @DisplayName("leaves out a part the data gives twice, names in English, and keeps an event's own description alone")
    void disagreementsAndOwnWords() {
        Graph asserted = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(asserted, BundledRelease.release().dataset().getGraph(NamedGraph.ONTOLOGY.node(BundledRelease.iris())));
        GraphUtil.addInto(asserted, facts.graph());
        Node python10 = facts.thing("event/python10");
        Node python9 = facts.thing("event/python9");
        asserted.add(python10, pcg("venue"), facts.thing("place/washington-dc"));
        asserted.add(python10, pcg("city"), facts.thing("place/washington-dc"));
        asserted.add(python9, dcterms("description"), en("Held in a hotel."));
        asserted.add(facts.thing("event/python8"), rdfs("label"), NodeFactory.createLiteralLang("Python 8", "de"));
        FactsGraph result = new FactsGraph(Inferencer.fromRules(BundledRelease.sources(), BundledRelease.iris())
            .infer(asserted), BundledRelease.iris());
        assertEquals("Python10, the 10th International Python Conference, was held 4–7 February 2002.",
            only(result, python10));
        assertEquals(Set.of(en("Held in a hotel.")), result.objects(python9, schema("description")));
        assertTrue(only(result, facts.thing("event/python8")).startsWith("Python8, "), "named by its English label");
    }
}
