package org.pyconfgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.testing.FactsGraph.iri;
import static org.pyconfgraph.testing.FactsGraph.plain;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.ResearchTable;
import org.pyconfgraph.testing.ResearchTable.Line;

/**
 * The research notes' conflicts about EuroPython, the UK Python Conference and PyCon UK, transcribed in
 * src/test/resources/history/disagreements-europe.tsv: each is a pcg:Disagreement about its edition that keeps
 * every reading with its sources and prefers the one the transcription names.
 */
@DisplayName("Where the sources of EuroPython, the UK Python Conference and PyCon UK disagree, every reading is kept")
class EuropeanDisagreementsTest {
    private static final List<Line> TABLE = ResearchTable.read("/history/disagreements-europe.tsv");
    private static final EditionFacts DATA = EditionFacts.ofBundledRelease();
    private static final Map<String, String> PROPERTY = Map.of("start", "startDate", "end", "endDate",
        "plannedStart", "plannedStartDate", "plannedEnd", "plannedEndDate");

    @TestFactory
    @DisplayName("each conflict is a disagreement about its edition with the table's readings, sources and preference")
    Stream<DynamicTest> everyConflict() {
        return TABLE.stream().map(line -> DynamicTest.dynamicTest(line.toString(), () -> {
            Node edition = DATA.edition(line.cell(1));
            Node disagreement = DATA.graph().subjects(DATA.pcg("disagreementKey"), plain(line.cell(0))).stream()
                .filter(d -> DATA.graph().has(d, DATA.pcg("about"), edition))
                .filter(d -> DATA.graph().objects(d, DATA.pcg("reading")).stream().anyMatch(r -> matches(r, line.cell(2), value(line.cell(3)))))
                .findFirst().orElseThrow(() -> new AssertionError("no disagreement " + line.cell(0) + " with this reading: " + line));
            Set<Node> readings = DATA.graph().objects(disagreement, DATA.pcg("reading"));
            List<String> others = line.cell(4).isEmpty() ? List.of() : Arrays.asList(line.cell(4).split("; "));
            assertEquals(1 + others.size(), readings.size(), "readings of " + disagreement);

            Node preferred = DATA.graph().objects(disagreement, DATA.pcg("preferredReading")).iterator().next();
            assertTrue(matches(preferred, line.cell(2), value(line.cell(3))), "preferred reading " + preferred);
            assertEquals(keys(line.cell(3)), DATA.sourcesOf(preferred), "sources of the preferred reading");
            for (String other : others) {
                assertTrue(readings.stream().anyMatch(r -> !r.equals(preferred) && matches(r, line.cell(2), value(other))
                    && DATA.sourcesOf(r).equals(keys(other))), "no reading " + other);
            }
        }));
    }

    private static String value(String withSources) { return withSources.substring(0, withSources.lastIndexOf('@')); }

    private static Set<String> keys(String withSources) {
        return new LinkedHashSet<>(Arrays.asList(withSources.substring(withSources.lastIndexOf('@') + 1).split(" ")));
    }

    /** Whether a reading states the value: a statement of the field's property with that date, or that figure. */
    private static boolean matches(Node reading, String field, String value) {
        if (field.equals("attendance")) {
            return DATA.graph().has(reading, iri(Vocabularies.RDF + "type"), DATA.pcg("AttendanceFigure"))
                && EditionFacts.normalisedFigure(DATA.figure(reading)).equals(EditionFacts.normalisedFigure(value));
        }
        return DATA.graph().has(reading, iri(Vocabularies.RDF + "predicate"), DATA.pcg(PROPERTY.get(field)))
            && DATA.graph().has(reading, iri(Vocabularies.RDF + "object"), EditionFacts.literal(field, value));
    }
}
