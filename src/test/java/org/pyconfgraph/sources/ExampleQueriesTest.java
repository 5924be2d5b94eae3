package org.pyconfgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pyconfgraph.load.ExampleQueries;
import org.pyconfgraph.load.ExampleQueries.Example;
import org.pyconfgraph.testing.BundledRelease;

/**
 * Every query of {@code queries/} gives the answer the sources imply (first those of the wiki page, then the
 * values other sources state more precisely): each expected row is in the answer,
 * in the expected order. Rows the page does not imply (editions from other sources, added later) may come
 * between them, so adding a valid edition never breaks these; the content of the added rows is checked by the
 * tests that compare queries with the research table ({@code HistoryQueriesTest}). Rows are written as
 * {@code value | value | ...}: literals by their lexical form, our IRIs relative to the base, unbound as nothing.
 */
@DisplayName("The example queries give their known answers, in order")
class ExampleQueriesTest {

    private static final Map<String, String> SELECT_ANSWERS = Map.ofEntries(
        Map.entry("ipc-editions", """
            4 | Python4 | 1996-06 |  | Livermore, CA
            5 | Python Workshop 5 | 1996-11 |  | Washington, DC
            6 | Python6 | 1997-10-14 | 1997-10-17 | San Jose, CA
            7 | Python7 | 1998-11 |  | Houston (actually League City), Texas
            8 | Python8 | 2000-01 |  | Arlington, VA
            9 | Python9 | 2001-03-05 | 2001-03-08 | Long Beach Hilton
            10 | Python10 | 2002-02-04 | 2002-02-07 | Hilton Alexandria Mark Center
            11 | IPC 11 | 2003 |  | downtown Marriott hotel"""),
        Map.entry("succession-from-python4", """
            Python Workshop 5 | 1996-11 | 1
            Python6 | 1997-10-14 | 2
            Python7 | 1998-11 | 3
            Python8 | 2000-01 | 4
            Python9 | 2001-03-05 | 5
            Python10 | 2002-02-04 | 6
            IPC 11 | 2003 | 7"""),
        Map.entry("cnri-foretec-editions", """
            4 | Python4 | false
            5 | Python Workshop 5 | false
            6 | Python6 | true
            7 | Python7 | true
            8 | Python8 | true
            9 | Python9 | true
            10 | Python10 | true
            11 | IPC 11 | false"""),
        Map.entry("series-beginnings", """
            EuroPython | EuroPython 2002 | 1 | 2002-06-26 | Charleroi, Belgium
            International Python Conference | Python Workshop | 1 | 1994-11-01 | NIST
            PyCon | PyCon 2003 | 1 | 2003-03-26 | George Washington University, Cafritz Conference Center"""),
        Map.entry("events-in-virginia", """
            Python8 | 2000-01 | Arlington | Arlington, VA
            Python10 | 2002-02-04 | Alexandria | Hilton Alexandria Mark Center"""),
        Map.entry("ipc-replacement", """
            continued as a track of | O'Reilly Open Source Conference |  |
            replaced by | PyCon | 2003 | true"""),
        Map.entry("tracks-and-colocated", """
            IPC 11 | track of | OSCON 2003 | O'Reilly Open Source Conference
            Python Workshop 5 | co-located with | FedUnix |"""),
        Map.entry("organizations", """
            CNRI | true |  |
            Foretec | false | CNRI | Python8
            O'Reilly |  |  | IPC 11, Python 12"""),
        Map.entry("wikidata-links", """
            <id/place/gw-university> | GW University | http://www.w3.org/2004/02/skos/core#exactMatch | http://www.wikidata.org/entity/Q432637
            <id/place/houston-tx> | Houston, TX | http://www.w3.org/2004/02/skos/core#exactMatch | http://www.wikidata.org/entity/Q16555
            <id/place/long-beach-ca> | Long Beach, CA | http://www.w3.org/2004/02/skos/core#exactMatch | http://www.wikidata.org/entity/Q16739
            <id/topic/python> | Python | http://www.w3.org/2004/02/skos/core#exactMatch | http://www.wikidata.org/entity/Q28865
            <id/place/san-jose-ca> | San Jose, CA | http://www.w3.org/2004/02/skos/core#exactMatch | http://www.wikidata.org/entity/Q16553
            <id/place/washington-dc> | Washington, DC | http://www.w3.org/2004/02/skos/core#exactMatch | http://www.wikidata.org/entity/Q61
            <vocab#Event> | Event | http://www.w3.org/2004/02/skos/core#relatedMatch | http://www.wikidata.org/entity/Q2020153
            <vocab#Series> | Series | http://www.w3.org/2004/02/skos/core#relatedMatch | http://www.wikidata.org/entity/Q47258130"""),
        Map.entry("schema-org-events", """
            FedUnix |  | Washington |
            Python4 | 1996-06 | Livermore | International Python Conference
            Python Workshop 5 | 1996-11 | Washington | International Python Conference
            Python6 | 1997-10-14 | San Jose | International Python Conference
            Python7 | 1998-11 | League City | International Python Conference
            Python8 | 2000-01 | Arlington | International Python Conference
            Python9 | 2001-03-05 | Long Beach | International Python Conference
            Python10 | 2002-02-04 | Alexandria | International Python Conference
            EuroPython 2002 | 2002-06-26 | Charleroi | EuroPython
            IPC 11 | 2003 | Portland | International Python Conference
            IPC 11 | 2003 | Portland | OSCON 2003
            IPC 11 | 2003 | Portland | Python track at OSCON
            PyCon 2003 | 2003-03-26 | Washington | PyCon
            OSCON 2003 | 2003-07-07 | Portland | O'Reilly Open Source Conference"""),
        Map.entry("hedged-claims", """
            (Only the 6th through 10th were run by CNRI and/or Foretec.) | and/or | 7
            For much of the 1990s, the International Python Conference was held annually in the U.S, organized by a professional conference management firm (Foretec, a commercial subsidiary of nonprofit CNRI). | For much of the 1990s | 2
            The conferences were quite expensive yet reportedly lost money, so eventually Foretec stopped holding the conferences. | quite | reportedly | 2"""),
        Map.entry("date-precision", """
            Python4 | 1996-06 | month
            Python Workshop 5 | 1996-11 | month
            Python6 | 1997-10-14 | day
            Python7 | 1998-11 | month
            Python8 | 2000-01 | month
            Python9 | 2001-03-05 | day
            Python10 | 2002-02-04 | day
            EuroPython 2002 | 2002-06-26 | day
            IPC 11 | 2003 | year
            PyCon 2003 | 2003-03-26 | day
            OSCON 2003 | 2003-07-07 | day"""),
        Map.entry("event-websites", """
            International Python Conference | archive | http://legacy.python.org/workshops/
            International Python Conference | copy of archive | http://ftp.ntua.gr/mirror/python/workshops/
            Python Workshop 5 | website | http://legacy.python.org/workshops/1996-11/
            Python10 | website | http://legacy.python.org/workshops/2002-02/
            Python4 | website | http://legacy.python.org/workshops/1996-06/
            Python6 | website | http://legacy.python.org/workshops/1997-10/
            Python7 | website | http://legacy.python.org/workshops/1998-11/
            Python8 | website | http://legacy.python.org/workshops/2000-01/
            Python9 | website | http://web.archive.org/web/20010418224615/http://www.python9.org/
            PythonUK | website | https://wiki.python.org/moin/PythonUK"""));

    /** Expected graphs of CONSTRUCT queries, in Turtle relative to the instance's base. */
    private static final Map<String, String> CONSTRUCT_ANSWERS = Map.of(
        "python10-schema-org", """
            PREFIX schema: <http://schema.org/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            <id/event/python10> a schema:Event ;
                schema:name "Python10"@en ;
                schema:startDate "2002-02-04"^^xsd:date ;
                schema:endDate "2002-02-07"^^xsd:date ;
                schema:url <http://legacy.python.org/workshops/2002-02/> ;
                schema:superEvent <id/series/ipc> ;
                schema:location <id/place/hilton-alexandria-mark-center> .
            <id/place/hilton-alexandria-mark-center> a schema:Place ;
                schema:name "Hilton Alexandria Mark Center"@en ;
                schema:address <id/place/hilton-alexandria-mark-center#address> .
            <id/place/hilton-alexandria-mark-center#address> a schema:PostalAddress ;
                schema:addressLocality "Alexandria" ;
                schema:addressRegion "VA" ;
                schema:addressCountry "US" .
            """);

    @TestFactory
    Stream<DynamicTest> everyQueryGivesItsExactAnswer() {
        return examples().stream().filter(example -> !HistoryQueriesTest.QUERIES.contains(example.name()))
            .map(example -> DynamicTest.dynamicTest(example.name() + ": " + example.title(), () -> {
            if (example.query().isSelectType()) assertSelectAnswer(example);
            else if (example.query().isConstructType()) assertConstructAnswer(example);
            else fail(example.name() + ": only SELECT and CONSTRUCT examples have answers here");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyQueryStatesItsTitleAndQuestion() {
        return examples().stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            assertFalse(example.title().equals(example.name()), "a '# title:' line");
            assertTrue(example.question().endsWith("?"), "a '# question:' line asking a question");
        }));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("there are at least 12 example queries, each with an answer here or in the history queries' test")
    void atLeastTwelve() {
        assertTrue(examples().size() >= 12, "at least 12 queries, found " + examples().size());
        for (Example example : examples())
            assertTrue(SELECT_ANSWERS.containsKey(example.name()) || CONSTRUCT_ANSWERS.containsKey(example.name())
                || HistoryQueriesTest.QUERIES.contains(example.name()), "no answer for queries/" + example.name() + ".rq");
        assertEquals(examples().size(), SELECT_ANSWERS.size() + CONSTRUCT_ANSWERS.size() + HistoryQueriesTest.QUERIES.size());
    }

    private static List<Example> examples() {
        return ExampleQueries.load(BundledRelease.sources(), BundledRelease.iris());
    }

    private static void assertSelectAnswer(Example example) {
        String expected = SELECT_ANSWERS.get(example.name());
        if (expected == null) fail("no expected answer for queries/" + example.name() + ".rq");
        String actual = BundledRelease.select(example.query()).stream()
            .map(row -> example.query().getResultVars().stream().map(v -> text(row.get(v)))
                .collect(Collectors.joining(" | ")).stripTrailing())
            .collect(Collectors.joining("\n"));
        List<String> missing = missingInOrder(expected.stripIndent().strip().lines().toList(), actual.lines().toList());
        assertEquals(List.of(), missing, () -> "expected rows missing or out of order; the answer was:\n" + actual);
    }

    /** The expected rows that are not found, in order, among the actual rows (an ordered-subsequence test). */
    static List<String> missingInOrder(List<String> expected, List<String> actual) {
        List<String> missing = new java.util.ArrayList<>();
        int from = 0;
        for (String row : expected) {
            int at = actual.subList(from, actual.size()).indexOf(row);
            if (at < 0) missing.add(row);
            else from += at + 1;
        }
        return missing;
    }

    private static void assertConstructAnswer(Example example) {
        String expected = CONSTRUCT_ANSWERS.get(example.name());
        if (expected == null) fail("no expected graph for queries/" + example.name() + ".rq");
        Graph expectedGraph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(expected, Lang.TURTLE).base(BundledRelease.iris().base()).parse(expectedGraph);
        Graph actual;
        try (RDFLink link = RDFLink.connect(BundledRelease.store().localDataset().orElseThrow())) {
            actual = link.query(example.query()).construct();
        }
        assertTrue(IsoMatcher.isomorphic(expectedGraph, actual), () -> "got:\n" + actual);
    }

    private static String text(Node node) {
        if (node == null) return "";
        if (node.isLiteral()) return node.getLiteralLexicalForm();
        String relative = BundledRelease.iris().relativePath(node.getURI());
        return relative == null ? node.getURI() : "<" + relative + ">";
    }
}
