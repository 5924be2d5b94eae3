package org.pyconfgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.sources.HistoryTable.FACTS;
import static org.pyconfgraph.sources.HistoryTable.pcg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.load.ExampleQueries;
import org.pyconfgraph.load.ExampleQueries.Example;
import org.pyconfgraph.sources.HistoryTable.Cell;
import org.pyconfgraph.sources.HistoryTable.Conflict;
import org.pyconfgraph.testing.BundledRelease;
import org.pyconfgraph.testing.FactsGraph;

/**
 * The example queries about the history the research table records. Their expected answers are computed from
 * the transcribed table ({@code src/test/resources/history/}) or are properties every answer has, so adding a
 * valid edition of any series keeps them true: the rows the table implies must be in the answer, in order.
 */
@DisplayName("The history example queries answer from the research table")
class HistoryQueriesTest {
    /** The queries these tests answer; {@link ExampleQueriesTest} answers the others. */
    static final Set<String> QUERIES = Set.of("editions-per-country", "pycon-us-cities", "moved-online", "disagreements",
        "first-editions", "pycon-us-chairs", "source-support", "sources-by-kind", "attendance-over-time",
        "planned-and-held", "edition-parts", "which-sources-say", "refinements", "disputed-claims");

    private static final List<Cell> CELLS = HistoryTable.cells();

    @Test
    @DisplayName("editions per country: PyCon US was held twice in Canada and otherwise in the US, as the table places it")
    void editionsPerCountry() {
        List<String> rows = answer("editions-per-country");
        Set<String> pycon = editions(e -> e.startsWith("pycon-"));
        Set<String> inCanada = cells(c -> pycon.contains(c.edition()) && c.field().equals("country") && c.value().equals("CA"))
            .stream().map(Cell::edition).collect(Collectors.toSet());
        Set<String> heldSomewhere = cells(c -> pycon.contains(c.edition()) && Set.of("city", "venue").contains(c.field()))
            .stream().map(Cell::edition).collect(Collectors.toSet());
        assertTrue(rows.contains("PyCon | CA | " + inCanada.size()), rows::toString);
        assertTrue(rows.contains("PyCon | US | " + (heldSomewhere.size() - inCanada.size())), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("International Python Conference | US | ")), rows::toString);
    }

    @Test
    @DisplayName("PyCon US cities in order: each year's city as the table gives it, a plan marked as a plan")
    void pyconCities() {
        List<String> expected = new ArrayList<>();
        for (String edition : sortedPycon()) {
            String year = edition.substring("pycon-".length());
            value(edition, "city").ifPresentOrElse(city -> expected.add("PyCon " + year + " | " + start(edition) + " | " + city + " | held"),
                () -> value(edition, "plannedCity").ifPresent(city ->
                    expected.add("PyCon " + year + " | " + value(edition, "start").or(() -> value(edition, "plannedStart")).orElseThrow()
                        + " | " + city + " | planned")));
        }
        assertInOrder(expected, answer("pycon-us-cities"));
    }

    @Test
    @DisplayName("editions that moved online: exactly the table's editions moved online, online or hybrid")
    void movedOnline() {
        Set<String> expected = cells(c -> c.field().equals("status") && c.value().equals("EventMovedOnline")
            || c.field().equals("mode") && !c.value().startsWith("Offline")).stream()
            .filter(c -> !cells(x -> x.edition().equals(c.edition()) && x.field().equals("start")).isEmpty())
            .map(c -> labelOf(c.edition())).collect(Collectors.toSet());
        Set<String> answered = answer("moved-online").stream().map(r -> r.split(" \\| ")[0]).collect(Collectors.toSet());
        Set<String> tableEditions = editions(e -> true).stream().map(HistoryQueriesTest::labelOf).collect(Collectors.toSet());
        answered.retainAll(tableEditions);
        assertEquals(expected, answered);
        assertTrue(answer("moved-online").contains("PyCon 2020 | EventMovedOnline | OnlineEventAttendanceMode | David L. Lawrence Convention Center"));
    }

    @Test
    @DisplayName("disagreements: every conflict of the table, each reading with its sources, the preferred one first")
    void disagreements() {
        List<String> rows = answer("disagreements");
        for (Conflict conflict : HistoryTable.conflicts()) {
            String about = labelOf(conflict.edition());
            List<String> readings = rows.stream().filter(r -> r.startsWith(conflict.key() + " | " + about + " | ")).toList();
            assertEquals(1 + conflict.others().size(), readings.size(), conflict + ": " + readings);
            String preferredSources = sorted(conflict.preferred().substring(conflict.preferred().lastIndexOf('@') + 1));
            assertTrue(readings.get(0).endsWith(" | " + preferredSources + " | true"), conflict + ": " + readings.get(0));
            assertEquals(1, readings.stream().filter(r -> r.endsWith(" | true")).count());
        }
    }

    @Test
    @DisplayName("disputed claims: each claim a conflict of the table keeps, about its edition, with its sources and the words the table quotes, the preferred one first")
    void disputedClaims() {
        List<String> rows = answer("disputed-claims");
        List<Conflict> claimConflicts = HistoryTable.conflicts().stream().filter(c -> c.field().equals("firstVolunteerRun")).toList();
        assertFalse(claimConflicts.isEmpty());
        for (Conflict conflict : claimConflicts) {
            List<String> readings = new ArrayList<>(List.of(conflict.preferred()));
            readings.addAll(conflict.others());
            for (String reading : readings) {
                String edition = reading.substring(0, reading.lastIndexOf('@'));
                String sources = sorted(reading.substring(reading.lastIndexOf('@') + 1));
                String prefix = conflict.key() + " | ";
                String middle = " | " + labelOf(edition) + " | " + sources + " | " + (reading.equals(conflict.preferred())) + " | ";
                List<Cell> quoted = HistoryTable.allCells().stream()
                    .filter(c -> c.edition().equals(edition) && c.field().equals("claim")).toList();
                assertFalse(quoted.isEmpty(), "the table quotes the claim about " + edition);
                for (Cell words : quoted)
                    assertTrue(rows.stream().anyMatch(r -> r.startsWith(prefix) && r.contains(middle) && r.contains(words.value())),
                        middle + words.value() + " in " + rows);
            }
            assertTrue(rows.stream().filter(r -> r.startsWith(conflict.key() + " | ")).findFirst().orElseThrow().contains(" | true | "),
                "the preferred reading first");
        }
    }

    @Test
    @DisplayName("the first edition of each series is the earliest the table dates")
    void firstEditions() {
        List<String> rows = answer("first-editions");
        Map<String, Predicate<String>> series = Map.of(
            "International Python Conference", e -> e.startsWith("python") || e.startsWith("ipc"),
            "PyCon", e -> e.startsWith("pycon-"),
            "O'Reilly Open Source Conference", e -> e.startsWith("oscon-"));
        series.forEach((name, member) -> {
            Cell first = cells(c -> member.test(c.edition()) && c.field().equals("start")).stream()
                .min(Comparator.comparing(Cell::value)).orElseThrow();
            assertTrue(rows.contains(name + " | " + labelOf(first.edition()) + " | " + first.value()), name + ": " + rows);
        });
    }

    @Test
    @DisplayName("PyCon US chairs by year: every chair, co-chair and programme chair of the table, with its sources")
    void pyconChairs() {
        Map<String, String> roles = Map.of("chair", "chair", "coChair", "co-chair", "programmeChair", "programme chair");
        List<String> rows = answer("pycon-us-chairs");
        List<Cell> chairs = cells(c -> c.edition().startsWith("pycon-") && roles.containsKey(c.field()));
        assertFalse(chairs.isEmpty());
        for (Cell c : chairs)
            assertTrue(rows.contains(labelOf(c.edition()) + " | " + roles.get(c.field()) + " | " + c.value() + " | "
                + sorted(String.join(" ", c.sources()))), c + " in " + rows);
        List<String> editionsInOrder = rows.stream().map(r -> r.split(" \\| ")[0]).distinct().toList();
        assertEquals(editionsInOrder.stream().sorted().toList(), editionsInOrder, "in year order");
    }

    @Test
    @DisplayName("everything W10 supports: each value the table cites W10 for")
    void sourceSupport() {
        List<String> rows = answer("source-support");
        for (Cell c : cells(c -> c.sources().contains("W10"))) {
            String about = labelOf(c.edition());
            switch (c.field()) {
                case "start" -> assertTrue(rows.contains(about + " | startDate | " + c.value()), c::toString);
                case "end" -> assertTrue(rows.contains(about + " | endDate | " + c.value()), c::toString);
                case "venue" -> assertTrue(rows.contains(about + " | venue | " + c.value()), c::toString);
                case "city" -> assertTrue(rows.stream().anyMatch(r -> r.startsWith(about + " | city | " + c.value())), c::toString);
                case "tutorials", "talks", "sprints" -> {
                    String[] span = c.value().split("\\.\\.", -1);
                    if (!span[0].isEmpty()) assertTrue(rows.contains(about + " " + c.field() + " | startDate | " + span[0]), c::toString);
                    if (!span[1].isEmpty()) assertTrue(rows.contains(about + " " + c.field() + " | endDate | " + span[1]), c::toString);
                }
                default -> { }
            }
        }
        assertTrue(rows.stream().noneMatch(r -> r.contains("Chicago")), "W4's reading is not W10's");
    }

    @Test
    @DisplayName("sources by kind: the kinds add up to every declared source")
    void sourcesByKind() {
        List<String> rows = answer("sources-by-kind");
        int declared = FACTS.subjects(FactsGraph.rdfType(), pcg("Source")).size();
        assertEquals(declared, rows.stream().mapToInt(r -> Integer.parseInt(r.split(" \\| ")[1])).sum());
        for (String row : rows) {
            String[] f = row.split(" \\| ");
            assertTrue(Integer.parseInt(f[2]) <= Integer.parseInt(f[1]), row);
        }
    }

    @Test
    @DisplayName("attendance over time: every figure of the table with its sources, the preferred one marked")
    void attendanceOverTime() {
        List<String> rows = answer("attendance-over-time");
        Set<String> outvoted = HistoryTable.conflicts().stream().filter(c -> c.field().equals("attendance"))
            .flatMap(c -> c.others().stream().map(o -> c.edition() + " " + o)).collect(Collectors.toSet());
        for (Cell c : cells(c -> c.field().equals("attendance"))) {
            String[] figure = c.value().split("\\|", -1);
            String preferred = outvoted.contains(c.edition() + " " + c.value() + "@" + String.join(" ", c.sources())) ? "false" : "true";
            String row = labelOf(c.edition()) + " | " + figure[0] + " | " + (figure[0].isEmpty() ? "" : figure[1]) + " | " + figure[2]
                + " | " + sorted(String.join(" ", c.sources())) + " | " + preferred;
            assertTrue(rows.stream().anyMatch(r -> (r + " |").contains(" | " + row + " |")), row + " in " + rows);
            if (figure[0].isEmpty()) assertTrue(rows.stream().anyMatch(r -> r.contains(" | " + row + " | ") && r.contains(figure[1])),
                "the source's words " + figure[1]);
        }
    }

    @Test
    @DisplayName("planned and held: every plan of the table, next to what was held")
    void plannedAndHeld() {
        List<String> rows = answer("planned-and-held");
        for (String edition : editions(e -> !cells(c -> c.edition().equals(e) && c.field().startsWith("planned")).isEmpty())) {
            String prefix = labelOf(edition) + " | " + value(edition, "plannedStart").orElse("") + " | " + value(edition, "plannedEnd").orElse("");
            assertTrue(rows.stream().anyMatch(r -> r.startsWith(prefix)), prefix + " in " + rows);
            value(edition, "start").ifPresent(start -> assertTrue(rows.stream().anyMatch(r -> r.startsWith(prefix) && r.contains(" | " + start + " | "))));
        }
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("PyCon 2026 | 2026-05-13 | 2026-05-19 | Long Beach, CA |  |  | EventScheduled")), rows::toString);
    }

    @Test
    @DisplayName("edition parts: every tutorial, talk and sprint span of the table, in the edition's order")
    void editionParts() {
        List<String> rows = answer("edition-parts");
        List<String> expected = new ArrayList<>();
        for (String edition : sortedByStart(editions(e -> true)))
            for (String kind : List.of("tutorials", "talks", "sprints"))
                value(edition, kind).ifPresent(span -> expected.add(labelOf(edition) + " | " + kind + " | " + span.replace("..", " | ")));
        assertInOrder(expected.stream().map(String::stripTrailing).toList(), rows);
    }

    @Test
    @DisplayName("which sources say PyCon 2007 was near Dallas: the preferred reading's sources, not the other's")
    void whichSourcesSay() {
        Conflict c1 = HistoryTable.conflicts().stream().filter(c -> c.key().equals("C1")).findFirst().orElseThrow();
        String preferredSource = c1.preferred().substring(c1.preferred().lastIndexOf('@') + 1);
        String otherSource = c1.others().get(0).substring(c1.others().get(0).lastIndexOf('@') + 1);
        List<String> rows = answer("which-sources-say");
        assertTrue(rows.contains(preferredSource + " | Dallas-Addison Marriott Quorum | true | true"), rows::toString);
        assertTrue(rows.contains(otherSource + " | Chicago, IL | false | false"), rows::toString);
        assertTrue(rows.stream().filter(r -> r.endsWith(" | true | true")).allMatch(r -> r.startsWith(preferredSource + " | ")));
    }

    @Test
    @DisplayName("refinements: each keeps the coarser value as a prefix of the precise date, e.g. Python6's month")
    void refinements() {
        List<String> rows = answer("refinements");
        assertTrue(rows.contains("Python6 | startDate | 1997-10 | " + value("python6", "start").orElseThrow()), rows::toString);
        assertTrue(rows.contains("Python9 | startDate | 2001-03 | " + value("python9", "start").orElseThrow()), rows::toString);
        for (String row : rows) {
            String[] f = row.split(" \\| ");
            if (f[1].endsWith("Date")) assertTrue(f[3].startsWith(f[2]), row);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> answer(String name) {
        Example example = ExampleQueries.load(BundledRelease.sources(), BundledRelease.iris()).stream()
            .filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no queries/" + name + ".rq"));
        return BundledRelease.select(example.query()).stream()
            .map(row -> example.query().getResultVars().stream().map(v -> text(row.get(v))).collect(Collectors.joining(" | ")).stripTrailing())
            .map(row -> row.replace(org.pyconfgraph.model.Vocabularies.SOURCE_PAGE, "W1"))  // the table's key for the wiki page
            .toList();
    }

    private static String text(Node node) {
        if (node == null) return "";
        if (node.isLiteral()) return node.getLiteralLexicalForm();
        String relative = BundledRelease.iris().relativePath(node.getURI());
        return relative == null ? node.getURI() : "<" + relative + ">";
    }

    private static void assertInOrder(List<String> expected, List<String> actual) {
        assertEquals(List.of(), ExampleQueriesTest.missingInOrder(expected, actual), () -> "the answer was:\n" + String.join("\n", actual));
    }

    private static List<Cell> cells(Predicate<Cell> filter) { return CELLS.stream().filter(filter).toList(); }

    private static Set<String> editions(Predicate<String> filter) {
        return CELLS.stream().map(Cell::edition).filter(filter).collect(Collectors.toCollection(TreeSet::new));
    }

    private static java.util.Optional<String> value(String edition, String field) {
        return CELLS.stream().filter(c -> c.edition().equals(edition) && c.field().equals(field)).map(Cell::value).findFirst();
    }

    private static String start(String edition) { return value(edition, "start").orElse(""); }

    private static List<String> sortedPycon() { return sortedByStart(editions(e -> e.startsWith("pycon-"))); }

    private static List<String> sortedByStart(Set<String> editions) {
        Map<String, String> byStart = new TreeMap<>();
        for (String e : editions) value(e, "start").or(() -> value(e, "plannedStart")).ifPresent(s -> byStart.put(s + " " + e, e));
        return List.copyOf(byStart.values());
    }

    private static String labelOf(String edition) { return HistoryTable.label(HistoryTable.event(edition)); }

    private static String sorted(String keys) { return new TreeSet<>(HistoryTable.keys(keys)).stream().collect(Collectors.joining(" ")); }
}
