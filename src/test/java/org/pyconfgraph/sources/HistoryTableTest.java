package org.pyconfgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.pyconfgraph.sources.HistoryTable.FACTS;
import static org.pyconfgraph.sources.HistoryTable.cityOf;
import static org.pyconfgraph.sources.HistoryTable.enclosing;
import static org.pyconfgraph.sources.HistoryTable.event;
import static org.pyconfgraph.sources.HistoryTable.keys;
import static org.pyconfgraph.sources.HistoryTable.label;
import static org.pyconfgraph.sources.HistoryTable.one;
import static org.pyconfgraph.sources.HistoryTable.part;
import static org.pyconfgraph.sources.HistoryTable.pcg;
import static org.pyconfgraph.sources.HistoryTable.placesOf;
import static org.pyconfgraph.sources.HistoryTable.rdf;
import static org.pyconfgraph.sources.HistoryTable.sourcesOf;
import static org.pyconfgraph.sources.HistoryTable.sourcesOfResource;
import static org.pyconfgraph.sources.HistoryTable.statements;
import static org.pyconfgraph.sources.HistoryTable.text;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.sources.HistoryTable.Cell;
import org.pyconfgraph.sources.HistoryTable.Conflict;
import org.pyconfgraph.testing.FactsGraph;

/**
 * The data says what the research table says, cell by cell, with the same sources: each line of
 * {@code src/test/resources/history/editions.tsv} is one test. Where the table prefers a reading, the data
 * asserts it; the others are kept with their sources ({@code disagreements.tsv}).
 */
@DisplayName("The data agrees with the research table, cell by cell")
class HistoryTableTest {
    private static final Map<String, String> DATE_PROPERTIES = Map.of(
        "start", "startDate", "end", "endDate", "plannedStart", "plannedStartDate", "plannedEnd", "plannedEndDate");
    private static final Map<String, String> ROLE_KINDS = Map.of(
        "chair", "chair", "coChair", "co-chair", "programmeChair", "programme-chair", "organiser", "organiser");

    @TestFactory
    @DisplayName("every cell is a value of the edition, cited to the table's sources")
    Stream<DynamicTest> everyCell() {
        return HistoryTable.cells().stream().map(cell -> DynamicTest.dynamicTest(cell.toString(), () -> check(cell)));
    }

    @TestFactory
    @DisplayName("every conflict keeps each reading with its sources and asserts only the preferred one")
    Stream<DynamicTest> everyConflict() {
        return HistoryTable.conflicts().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    @Test
    @DisplayName("every edition of the table's IPC and PyCon US sections is in the data, and no other")
    void sameEditions() {
        Set<String> table = HistoryTable.cells().stream().map(Cell::edition).collect(Collectors.toSet());
        Set<String> data = new HashSet<>();
        for (String series : new String[] {"series/ipc", "series/pycon", "series/oscon"})
            FACTS.subjects(pcg("inSeries"), FACTS.thing(series)).forEach(e -> data.add(e.getURI().substring(FACTS.thing("event/").getURI().length())));
        assertEquals(table, data);
    }

    @Test
    @DisplayName("no workshop 3 is invented: the IPC numbering has a gap where no source was found")
    void noThirdWorkshop() {
        Set<String> ordinals = FACTS.subjects(pcg("inSeries"), FACTS.thing("series/ipc")).stream()
            .flatMap(e -> FACTS.objects(e, pcg("ordinal")).stream()).map(Node::getLiteralLexicalForm).collect(Collectors.toSet());
        assertEquals(Set.of("1", "2", "4", "5", "6", "7", "8", "9", "10", "11", "12"), ordinals);
    }

    @Test
    @DisplayName("the Python track at OSCON: the table's OSCON tracks in date order, each succeeded by the next, with the IPC's ordinals")
    void pythonTrackAtOscon() {
        Node track = FACTS.thing("series/oscon-python");
        assertTrue(FACTS.has(track, pcg("continuesNumberingOf"), FACTS.thing("series/ipc")));
        java.util.List<String> editions = HistoryTable.cells().stream()
            .filter(c -> c.field().equals("inSeries") && c.value().equals(label(track))).map(Cell::edition).distinct().toList();
        assertEquals(Set.copyOf(editions), FACTS.subjects(pcg("inSeries"), track).stream()
            .map(n -> n.getURI().substring(FACTS.thing("event/").getURI().length())).collect(Collectors.toSet()));
        java.util.List<String> byOrdinal = editions.stream()
            .sorted(java.util.Comparator.comparing(id -> Integer.parseInt(text(one(FACTS.objects(event(id), pcg("ordinal")), "ordinal")))))
            .toList();
        for (int i = 0; i + 1 < byOrdinal.size(); i++) {
            Node next = event(byOrdinal.get(i + 1));
            assertEquals(Set.of(next), FACTS.objects(event(byOrdinal.get(i)), pcg("succeededBy")), byOrdinal.get(i) + " pcg:succeededBy");
            assertFalse(sourcesOf(event(byOrdinal.get(i)), pcg("succeededBy"), next).isEmpty(), "the succession's sources");
            one(FACTS.objects(event(byOrdinal.get(i)), pcg("trackOf")), "the OSCON " + byOrdinal.get(i) + " was a track of");
        }
        assertEquals(Set.of(), FACTS.objects(event(byOrdinal.get(byOrdinal.size() - 1)), pcg("succeededBy")), "no later track is sourced");
    }

    @Test
    @DisplayName("the schema.org view sees only the preferred reading and the held values: one place for PyCon 2007, no plan as a date")
    void schemaOrgSeesPreferredAndHeldOnly() {
        FactsGraph inferred = new FactsGraph(org.pyconfgraph.testing.BundledRelease.release().dataset()
            .getGraph(org.pyconfgraph.model.NamedGraph.INFERRED.node(org.pyconfgraph.testing.BundledRelease.iris())),
            org.pyconfgraph.testing.BundledRelease.iris());
        assertEquals(Set.of(FACTS.thing("place/dallas-addison-marriott-quorum")),
            inferred.objects(event("pycon-2007"), FactsGraph.schema("location")));
        assertEquals(Set.of(), inferred.objects(event("pycon-2026"), FactsGraph.schema("startDate")), "a plan is not a start date");
        assertEquals(Set.of(date("2020-04-18")), inferred.objects(event("pycon-2020"), FactsGraph.schema("startDate")));
        assertEquals(Set.of(FactsGraph.schema("EventMovedOnline")), inferred.objects(event("pycon-2020"), FactsGraph.schema("eventStatus")));
        assertEquals(Set.of(), inferred.objects(event("pycon-2020"), FactsGraph.schema("location")), "held online: no place");
        for (Node e : FACTS.subjects(pcg("inSeries"), FACTS.thing("series/pycon")))
            assertTrue(inferred.objects(e, FactsGraph.schema("startDate")).size() <= 1, e + " has one start date");
    }

    private static void check(Cell cell) {
        Node e = event(cell.edition());
        String field = cell.field();
        if (DATE_PROPERTIES.containsKey(field)) {
            Node property = pcg(DATE_PROPERTIES.get(field));
            Node value = date(cell.value());
            assertEquals(Set.of(value), FACTS.objects(e, property), "the asserted " + property.getLocalName());
            assertEquals(cell.sources(), sourcesOf(e, property, value));
        } else if (field.equals("city") || field.equals("plannedCity")) {
            Node property = pcg(field.equals("city") ? "city" : "plannedCity");
            Set<Node> candidates = field.equals("city") ? placesOf(e) : FACTS.objects(e, property);
            Node place = candidates.stream().filter(p -> cell.value().equals(locality(cityOf(p)))).findFirst()
                .orElseThrow(() -> new AssertionError("no place of " + e + " in " + cell.value() + ": " + candidates));
            Node asserting = FACTS.has(e, property, place) ? property : pcg("venue");
            assertEquals(cell.sources(), sourcesOf(e, asserting, place));
        } else if (field.equals("region") || field.equals("country")) {
            Set<Node> around = placesOf(e).stream().flatMap(p -> enclosing(p).stream()).collect(Collectors.toSet());
            assertTrue(around.stream().anyMatch(p -> FACTS.has(p, pcg(field), NodeFactory.createLiteralString(cell.value()))),
                e + " lies in " + cell.value());
            Set<String> cited = new HashSet<>();
            placesOf(e).forEach(p -> { cited.addAll(sourcesOf(e, pcg("venue"), p)); cited.addAll(sourcesOf(e, pcg("city"), p)); });
            around.forEach(p -> cited.addAll(sourcesOfResource(p)));
            assertTrue(cited.containsAll(cell.sources()), "cited by " + cited);
        } else if (field.equals("venue") || field.equals("plannedVenue")) {
            Node property = pcg(field);
            Node venue = one(FACTS.objects(e, property), field);
            assertTrue(cell.value().equals(label(venue)) || cell.value().equals(literal(venue, "placeText")),
                "named " + cell.value() + " (label or the source's words): " + venue);
            assertEquals(cell.sources(), sourcesOf(e, property, venue));
        } else if (field.equals("near")) {
            Set<Node> near = placesOf(e).stream().flatMap(p -> enclosing(p).stream())
                .flatMap(p -> FACTS.objects(p, pcg("near")).stream()).collect(Collectors.toSet());
            assertTrue(near.stream().anyMatch(p -> cell.value().equals(label(p))), e + " near " + cell.value() + ": " + near);
        } else if (Set.of("tutorials", "talks", "sprints").contains(field)) {
            checkPart(e, cell);
        } else if (field.equals("sprintsVenue")) {
            Node sprints = part(cell.edition(), "sprints");
            assertEquals(cell.value(), label(one(FACTS.objects(sprints, pcg("venue")), "sprint venue")));
            assertEquals(cell.sources(), sourcesOfResource(sprints));
        } else if (field.equals("attendance")) {
            Set<Node> figures = FACTS.objects(e, pcg("attendance")).stream().filter(f -> isFigure(f, cell.value()))
                .collect(Collectors.toSet());
            assertEquals(1, figures.size(), "one figure " + cell.value() + " among " + FACTS.objects(e, pcg("attendance")));
            assertEquals(cell.sources(), sourcesOfResource(figures.iterator().next()));
        } else if (ROLE_KINDS.containsKey(field)) {
            Set<Node> roles = FACTS.objects(e, pcg("role")).stream()
                .filter(r -> FACTS.has(r, pcg("roleKind"), FACTS.thing("kind/" + ROLE_KINDS.get(field))))
                .filter(r -> FACTS.objects(r, pcg("person")).stream().anyMatch(p -> cell.value().equals(label(p))))
                .collect(Collectors.toSet());
            assertEquals(cell.sources(), sourcesOfResource(one(roles, field + " " + cell.value())));
        } else if (field.equals("organizer") || field.equals("sponsor")) {
            Node org = FACTS.objects(e, pcg(field)).stream().filter(o -> cell.value().equals(label(o))).findFirst()
                .orElseThrow(() -> new AssertionError(field + " " + cell.value() + " of " + e));
            assertEquals(cell.sources(), sourcesOf(e, pcg(field), org));
        } else if (field.equals("status") || field.equals("mode")) {
            Node property = pcg(field.equals("status") ? "eventStatus" : "attendanceMode");
            Node value = FactsGraph.schema(cell.value());
            assertEquals(Set.of(value), FACTS.objects(e, property));
            assertEquals(cell.sources(), sourcesOf(e, property, value));
        } else if (field.equals("website")) {
            Node page = FactsGraph.iri(cell.value());
            assertTrue(FACTS.has(e, pcg("website"), page));
            assertEquals(cell.sources(), sourcesOf(e, pcg("website"), page));
        } else if (field.equals("inSeries")) {
            Node series = one(FACTS.objects(e, pcg("inSeries")).stream().filter(x -> cell.value().equals(label(x)))
                .collect(Collectors.toSet()), "series " + cell.value());
            assertEquals(cell.sources(), sourcesOf(e, pcg("inSeries"), series));
        } else if (field.equals("earlyBirdFee")) {
            String[] amount = cell.value().split(" ");
            Node price = FactsGraph.typed(amount[0], XSDDatatype.XSDdecimal);
            Node offer = one(FACTS.objects(e, pcg("offer")).stream()
                .filter(o -> FACTS.has(o, pcg("price"), price)).collect(Collectors.toSet()), "offer at " + amount[0]);
            assertEquals(Set.of(price), FACTS.objects(offer, pcg("price")), "one asserted price");
            assertEquals(Set.of(NodeFactory.createLiteralString(amount[1])), FACTS.objects(offer, pcg("priceCurrency")));
            assertEquals(cell.sources(), sourcesOf(offer, pcg("price"), price));
        } else if (field.equals("claim")) {
            Node claim = one(FACTS.subjects(pcg("about"), e).stream()
                .filter(c -> FACTS.has(c, FactsGraph.rdfType(), pcg("Claim")))
                .filter(c -> FACTS.objects(c, pcg("sourceQuote")).stream().anyMatch(q -> q.getLiteralLexicalForm().contains(cell.value())))
                .collect(Collectors.toSet()), "claim quoting " + cell.value());
            assertEquals(cell.sources(), sourcesOfResource(claim));
        } else if (field.equals("ordinal")) {
            Node ordinal = FactsGraph.typed(cell.value(), XSDDatatype.XSDpositiveInteger);
            assertEquals(Set.of(ordinal), FACTS.objects(e, pcg("ordinal")));
            assertTrue(sourcesOf(e, pcg("ordinal"), ordinal).containsAll(cell.sources()));
        } else {
            fail("unknown field " + field);
        }
    }

    private static void checkPart(Node e, Cell cell) {
        Node part = HistoryTable.part(cell.edition(), cell.field());
        assertTrue(FACTS.has(part, pcg("partOf"), e), part + " is part of " + e);
        String[] span = cell.value().split("\\.\\.", -1);
        for (int i = 0; i < 2; i++) {
            Node property = pcg(i == 0 ? "startDate" : "endDate");
            Set<Node> expected = span[i].isEmpty() ? Set.of() : Set.of(date(span[i]));
            assertEquals(expected, FACTS.objects(part, property), part + " " + property.getLocalName());
            for (Node value : expected) assertEquals(cell.sources(), sourcesOf(part, property, value));
        }
    }

    private static void check(Conflict conflict) {
        Node e = event(conflict.edition());
        Set<Node> disagreements = FACTS.subjects(pcg("about"), e).stream()
            .filter(d -> FACTS.has(d, pcg("disagreementKey"), NodeFactory.createLiteralString(conflict.key())))
            .collect(Collectors.toSet());
        Node disagreement = one(disagreements, "disagreement " + conflict);
        assertFalse(FACTS.objects(disagreement, pcg("preferenceReason")).isEmpty(), "a reason");
        Node preferred = one(FACTS.objects(disagreement, pcg("preferredReading")), "preferred reading");
        assertReading(conflict, preferred, conflict.preferred());
        Set<Node> others = new HashSet<>(FACTS.objects(disagreement, pcg("reading")));
        others.remove(preferred);
        assertEquals(conflict.others().size(), others.size(), "readings besides the preferred one: " + others);
        for (String other : conflict.others())
            assertTrue(others.stream().anyMatch(r -> matches(conflict, r, other)), "a reading " + other + " among " + others);
        if (FACTS.has(preferred, FactsGraph.rdfType(), pcg("Statement"))) {
            assertTrue(asserted(preferred), "the preferred reading is asserted");
            others.forEach(r -> assertFalse(asserted(r), r + " is not asserted"));
        }
    }

    private static void assertReading(Conflict conflict, Node reading, String valueAtSources) {
        assertTrue(matches(conflict, reading, valueAtSources), reading + " reads " + valueAtSources);
    }

    /** Whether a reading has the value and exactly the sources of VALUE@KEYS. */
    private static boolean matches(Conflict conflict, Node reading, String valueAtSources) {
        String value = valueAtSources.substring(0, valueAtSources.lastIndexOf('@'));
        Set<String> sources = keys(valueAtSources.substring(valueAtSources.lastIndexOf('@') + 1));
        if (!HistoryTable.keysOf(FACTS.objects(reading, FactsGraph.dcterms("source"))).equals(sources)) return false;
        return switch (conflict.field()) {
            case "attendance" -> isFigure(reading, value);
            case "city" -> value.equals(locality(cityOf(object(reading))));
            case "talks" -> value.endsWith(".." + text(object(reading)));
            case "earlyBirdFee" -> value.equals(text(object(reading)));
            case "firstVolunteerRun" -> FACTS.has(reading, FactsGraph.rdfType(), pcg("Claim"))
                && FACTS.has(reading, pcg("about"), event(value));
            default -> throw new AssertionError("unknown field " + conflict.field());
        };
    }

    private static Node object(Node statement) { return one(FACTS.objects(statement, rdf("object")), "rdf:object"); }

    private static boolean asserted(Node statement) {
        Node s = one(FACTS.objects(statement, rdf("subject")), "rdf:subject");
        Node p = one(FACTS.objects(statement, rdf("predicate")), "rdf:predicate");
        return FACTS.has(s, p, object(statement)) && statements(s, p, object(statement)).contains(statement);
    }

    /**
     * Whether an attendance figure is the one the table writes as COUNT|QUALIFIER|COUNTED, or as |WORDS| when the
     * source gives no number (the figure then keeps the source's words, which contain those).
     */
    private static boolean isFigure(Node figure, String written) {
        String[] f = written.split("\\|", -1);
        String count = literal(figure, "count");
        if (!count.equals(f[0]) || !literal(figure, "counted").equals(f[2])) return false;
        return count.isEmpty() ? literal(figure, "statedAs").contains(f[1]) : literal(figure, "countQualifier").equals(f[1]);
    }

    private static String literal(Node node, String property) {
        return FACTS.objects(node, pcg(property)).stream().map(Node::getLiteralLexicalForm).findFirst().orElse("");
    }

    private static String locality(Node city) {
        return city == null ? null : literal(city, "locality");
    }

    private static Node date(String lexical) {
        XSDDatatype type = switch (lexical.length()) {
            case 10 -> XSDDatatype.XSDdate;
            case 7 -> XSDDatatype.XSDgYearMonth;
            case 4 -> XSDDatatype.XSDgYear;
            default -> throw new AssertionError("not a date: " + lexical);
        };
        return NodeFactory.createLiteralDT(lexical, type);
    }

    static { assertNotNull(Vocabularies.SOURCE_PAGE); }
}
