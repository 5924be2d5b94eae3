package org.pyconfgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.testing.FactsGraph.iri;
import static org.pyconfgraph.testing.FactsGraph.schema;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pyconfgraph.testing.ResearchTable;
import org.pyconfgraph.testing.ResearchTable.Line;

/**
 * The research table of EuroPython, the UK Python Conference at ACCU and PyCon UK (sections 4 and 5 of the
 * notes), transcribed in src/test/resources/history/editions-europe.tsv, against the facts graph: every cell is
 * stated with the sources the table cites, and no edition states a value the table does not have.
 */
@DisplayName("EuroPython, the UK Python Conference and PyCon UK: the data says what the research table says")
class EuropeanEditionsTest {
    private static final List<Line> TABLE = ResearchTable.read("/history/editions-europe.tsv");
    private static final EditionFacts DATA = EditionFacts.ofBundledRelease();
    private static final Map<String, String> PROPERTY = Map.ofEntries(
        Map.entry("start", "startDate"), Map.entry("end", "endDate"), Map.entry("plannedStart", "plannedStartDate"),
        Map.entry("plannedEnd", "plannedEndDate"), Map.entry("ordinal", "ordinal"), Map.entry("status", "eventStatus"),
        Map.entry("mode", "attendanceMode"), Map.entry("website", "website"), Map.entry("organizer", "organizer"),
        Map.entry("trackOf", "trackOf"));
    /** Role and part kinds by the labels of their concepts, which do not depend on the concepts' IRIs. */
    private static final Map<String, String> ROLE = Map.of("chair", "chair", "coChair", "co-chair",
        "programmeChair", "programme chair", "organiser", "organiser");
    private static final Map<String, String> PART = Map.of("tutorials", "tutorials", "talks", "talks", "sprints", "sprints");
    private static final Set<String> SERIES = Set.of("europython", "pythonuk", "pycon-uk");

    @TestFactory
    @DisplayName("every cell of the table is in the data, citing at least the sources the table cites for it")
    Stream<DynamicTest> everyCell() {
        return TABLE.stream().map(line -> DynamicTest.dynamicTest(line.toString(), () -> {
            Set<String> cited = citedFor(line);
            assertFalse(cited == null || cited.isEmpty(), "not in the data: " + line);
            assertTrue(cited.containsAll(line.keys(3)), "cites " + cited + ", the table " + line.keys(3) + ": " + line);
        }));
    }

    /** The source keys the data cites for the line's value, or null or empty when the data does not state it. */
    private static Set<String> citedFor(Line line) {
        Node edition = DATA.edition(line.cell(0));
        String field = line.cell(1);
        String value = line.cell(2);
        if (Set.of("start", "end", "plannedStart", "plannedEnd", "ordinal").contains(field)) {
            Node literal = EditionFacts.literal(field, value);
            Node property = DATA.pcg(PROPERTY.get(field));
            return DATA.graph().has(edition, property, literal) ? DATA.sourcesOf(edition, property, literal) : null;
        }
        if (Set.of("status", "mode", "website").contains(field)) {
            Node object = field.equals("website") ? iri(value) : schema(value);
            Node property = DATA.pcg(PROPERTY.get(field));
            return DATA.graph().has(edition, property, object) ? DATA.sourcesOf(edition, property, object) : null;
        }
        return switch (field) {
            case "label" -> DATA.label(edition).startsWith(value) ? DATA.sourcesOf(edition) : null;
            case "city", "country", "region" -> DATA.placedBy(edition, placeProperty(field), value, "venue", "city");
            case "plannedCity" -> DATA.placedBy(edition, "locality", value, "plannedVenue");
            case "venue", "plannedVenue", "organizer", "trackOf" -> {
                String property = PROPERTY.getOrDefault(field, field);
                yield union(DATA.labelled(edition, property, value).stream()
                    .map(o -> DATA.sourcesOf(edition, DATA.pcg(property), o)));
            }
            case "tutorials", "talks", "sprints" -> {
                String[] days = value.split("\\.\\.", -1);
                yield union(DATA.parts(edition, PART.get(field), days[0], days[1]).stream().map(DATA::sourcesOf));
            }
            case "sprintsVenue" -> union(DATA.parts(edition, "sprints").stream()
                .filter(part -> DATA.graph().objects(part, DATA.pcg("venue")).stream().anyMatch(v -> DATA.label(v).equals(value)))
                .map(DATA::sourcesOf));
            case "attendance" -> union(DATA.graph().objects(edition, DATA.pcg("attendance")).stream()
                .filter(f -> EditionFacts.normalisedFigure(DATA.figure(f)).equals(EditionFacts.normalisedFigure(value)))
                .map(DATA::sourcesOf));
            case "claim" -> union(DATA.claims(edition, value).stream().map(DATA::sourcesOf));
            case "chair", "coChair", "programmeChair", "organiser" ->
                union(DATA.roles(edition, ROLE.get(field), value).stream().map(DATA::sourcesOf));
            default -> throw new IllegalArgumentException("unknown field " + field + " at " + line);
        };
    }

    private static String placeProperty(String field) {
        return field.equals("city") ? "locality" : field;
    }

    private static Set<String> union(Stream<Set<String>> sets) {
        return sets.flatMap(Set::stream).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    @TestFactory
    @DisplayName("no edition states a value, a figure, a role or a part that the table does not have")
    Stream<DynamicTest> nothingMore() {
        Map<String, List<Line>> byEdition = new LinkedHashMap<>();
        TABLE.forEach(line -> byEdition.computeIfAbsent(line.cell(0), k -> new java.util.ArrayList<>()).add(line));
        return byEdition.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            Node edition = DATA.edition(entry.getKey());
            List<Line> lines = entry.getValue();
            for (Map.Entry<String, String> field : PROPERTY.entrySet()) {
                assertEquals(count(lines, field.getKey()), DATA.graph().objects(edition, DATA.pcg(field.getValue())).size(),
                    entry.getKey() + ": values of pcg:" + field.getValue());
            }
            assertEquals(count(lines, "attendance"), DATA.graph().objects(edition, DATA.pcg("attendance")).size(),
                entry.getKey() + ": attendance figures");
            assertEquals(count(lines, ROLE.keySet()), DATA.graph().objects(edition, DATA.pcg("role")).size(),
                entry.getKey() + ": roles");
            assertEquals(count(lines, Set.of("tutorials", "talks", "sprints", "sprintsVenue")),
                DATA.graph().subjects(DATA.pcg("partOf"), edition).size(), entry.getKey() + ": parts");
            assertPlacesAccountedFor(edition, lines, "venue", "city");
            assertPlacesAccountedFor(edition, lines, "plannedVenue", "plannedCity");
        }));
    }

    /** Every place the edition is (or was to be) held at is a venue of the table, or a city of it. */
    private static void assertPlacesAccountedFor(Node edition, List<Line> lines, String venueField, String cityField) {
        Set<String> venues = values(lines, venueField);
        Set<String> cities = values(lines, cityField);
        for (Node place : DATA.graph().objects(edition, DATA.pcg(venueField))) {
            String locality = DATA.dateOf(place, "locality");
            assertTrue(venues.contains(DATA.label(place)) || cities.contains(locality),
                edition + " " + venueField + " " + DATA.label(place) + " is not in the table");
        }
    }

    private static Set<String> values(List<Line> lines, String field) {
        return lines.stream().filter(l -> l.cell(1).equals(field)).map(l -> l.cell(2)).collect(Collectors.toSet());
    }

    private static int count(List<Line> lines, String field) { return count(lines, Set.of(field)); }

    private static int count(List<Line> lines, Set<String> fields) {
        return (int) lines.stream().filter(l -> fields.contains(l.cell(1))).count();
    }

    @Test
    @DisplayName("the editions of EuroPython, PythonUK and PyCon UK in the data are exactly the table's")
    void sameEditions() {
        Set<String> inTable = TABLE.stream().map(l -> l.cell(0)).collect(Collectors.toSet());
        Set<String> inData = new HashSet<>();
        for (String series : SERIES) {
            Node node = DATA.graph().thing("series/" + series);
            DATA.graph().subjects(DATA.pcg("inSeries"), node)
                .forEach(e -> inData.add(e.getURI().substring(e.getURI().lastIndexOf('/') + 1)));
        }
        assertEquals(inTable.stream().filter(id -> !id.startsWith("accu-")).collect(Collectors.toSet()), inData);
    }

    /** Gaps a source says had no edition: U62 calls PyCon UK 2022 "the first PyCon UK since 2019". */
    private static final Map<String, String> SOURCED_GAPS = Map.of("pycon-uk-2019", "pycon-uk-2022");

    @TestFactory
    @DisplayName("editions succeed each other in date order, and across a gap only where a source says nothing lay in it")
    Stream<DynamicTest> succession() {
        return SERIES.stream().map(series -> DynamicTest.dynamicTest(series, () -> {
            List<String> editions = TABLE.stream().map(l -> l.cell(0)).filter(id -> id.startsWith(series + "-")).distinct()
                .sorted().toList();
            for (int i = 0; i < editions.size(); i++) {
                String id = editions.get(i);
                Set<Node> next = DATA.graph().objects(DATA.edition(id), DATA.pcg("succeededBy"));
                String following = i + 1 < editions.size() ? editions.get(i + 1) : null;
                boolean adjacent = following != null && (year(following) - year(id) == 1
                    || following.equals(SOURCED_GAPS.get(id)));
                assertEquals(adjacent ? Set.of(DATA.edition(following)) : Set.of(), next, id + " pcg:succeededBy");
                if (adjacent) assertFalse(DATA.sourcesOf(DATA.edition(id), DATA.pcg("succeededBy"), DATA.edition(following))
                    .isEmpty(), id + " pcg:succeededBy has no source");
            }
        }));
    }

    private static int year(String edition) { return Integer.parseInt(edition.substring(edition.length() - 4)); }
}
