package org.pyconfgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.testing.FactsGraph.dcterms;
import static org.pyconfgraph.testing.FactsGraph.en;
import static org.pyconfgraph.testing.FactsGraph.iri;
import static org.pyconfgraph.testing.FactsGraph.plain;
import static org.pyconfgraph.testing.FactsGraph.rdfType;
import static org.pyconfgraph.testing.FactsGraph.rdfs;
import static org.pyconfgraph.testing.FactsGraph.skos;
import static org.pyconfgraph.testing.FactsGraph.typed;

import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.BundledRelease;
import org.pyconfgraph.testing.FactsGraph;

/**
 * A checklist of the source page, wiki.python.org/moin/InternationalPythonConference: one assertion per fact
 * it states, against the facts graph of the release (not the inferred one).
 */
@DisplayName("Every fact of the source page is in the facts graph")
class SourcePageFactsTest {
    private static final FactsGraph facts = new FactsGraph(
        BundledRelease.release().dataset().getGraph(NamedGraph.FACTS.node(BundledRelease.iris())), BundledRelease.iris());
    private static final Node IPC = facts.thing("series/ipc");
    private static final Node PYCON = facts.thing("series/pycon");
    private static final Node OSCON = facts.thing("series/oscon");
    private static final Node FORETEC = facts.thing("org/foretec");
    private static final Node CNRI = facts.thing("org/cnri");

    private static Node pcg(String localName) { return facts.term(localName); }

    @Nested
    @DisplayName("'For much of the 1990s, the IPC was held annually in the U.S, organized by ... Foretec, a commercial subsidiary of nonprofit CNRI'")
    class Organizers {
        @Test void foretecIsACommercialSubsidiaryOfCnri() {
            assertTrue(facts.has(FORETEC, pcg("subOrganizationOf"), CNRI));
            assertTrue(facts.has(FORETEC, pcg("nonprofit"), typed("false", XSDDatatype.XSDboolean)));
        }

        @Test void foretecIsAProfessionalConferenceManagementFirm() {
            assertTrue(facts.objects(FORETEC, dcterms("description")).stream()
                .anyMatch(d -> d.getLiteralLexicalForm().contains("professional conference management firm")));
        }

        @Test void cnriIsNonprofit() {
            assertTrue(facts.has(CNRI, pcg("nonprofit"), typed("true", XSDDatatype.XSDboolean)));
        }

        @Test void theAnnualUsSeriesRunByForetecIsKeptAsAClaimHedgedByForMuchOfThe1990s() {
            Node claim = facts.thing("claim/ipc-held-annually-by-foretec");
            assertTrue(facts.has(claim, rdfType(), pcg("Claim")));
            assertTrue(facts.has(claim, pcg("hedge"), plain("For much of the 1990s")));
            assertEquals(Set.of(IPC, FORETEC), facts.objects(claim, pcg("about")));
        }
    }

    @Nested
    @DisplayName("'The conferences were quite expensive yet reportedly lost money, so eventually Foretec stopped holding the conferences.'")
    class Money {
        @Test void isAClaimHedgedByQuiteAndReportedly() {
            Node claim = facts.thing("claim/ipc-expensive-and-lost-money");
            assertTrue(facts.has(claim, rdfType(), pcg("Claim")));
            assertEquals(Set.of(plain("quite"), plain("reportedly")), facts.objects(claim, pcg("hedge")));
            assertTrue(facts.has(claim, pcg("sourceQuote"), en(
                "The conferences were quite expensive yet reportedly lost money, so eventually Foretec stopped holding the conferences.")));
            assertEquals(Set.of(IPC, FORETEC), facts.objects(claim, pcg("about")));
        }
    }

    @Nested
    @DisplayName("'The IPC conferences have been replaced by the volunteer-run PyCon; the O'Reilly Open Source Conference also has Python-related content.'")
    class Replacement {
        @Test void theIpcSeriesIsReplacedByThePyConSeries() {
            assertTrue(facts.has(IPC, pcg("replacedBy"), PYCON));
        }

        @Test void pyConIsVolunteerRun() {
            assertTrue(facts.has(PYCON, pcg("volunteerRun"), typed("true", XSDDatatype.XSDboolean)));
        }

        @Test void osconHasPythonContent() {
            assertTrue(facts.has(OSCON, rdfs("label"), en("O'Reilly Open Source Conference")));
            assertTrue(facts.has(OSCON, pcg("topic"), facts.thing("topic/python")));
        }

        @Test void replacementRelatesSeriesNotEditions() {
            assertFalse(facts.has(facts.thing("event/python10"), pcg("succeededBy"), facts.thing("event/pycon-2003")));
            assertTrue(facts.has(facts.thing("event/python10"), pcg("succeededBy"), facts.thing("event/ipc11")));
        }
    }

    @Nested
    @DisplayName("'European conferences have formed, notably EuroPython and [[PythonUK]].'")
    class EuropeanConferences {
        @Test void euroPythonAndPythonUkAreSeries() {
            assertTrue(facts.has(facts.thing("series/europython"), rdfType(), pcg("Series")));
            assertTrue(facts.has(facts.thing("series/pythonuk"), rdfType(), pcg("Series")));
            assertTrue(facts.has(facts.thing("series/pythonuk"), rdfs("label"), en("PythonUK")));
        }

        @Test void pythonUkKeepsTheWikiLink() {
            assertTrue(facts.has(facts.thing("series/pythonuk"), pcg("website"), iri("https://wiki.python.org/moin/PythonUK")));
        }
    }

    @Nested
    @DisplayName("'(Only the 6th through 10th were run by CNRI and/or Foretec.)'")
    class OnlySixthToTenth {
        @ParameterizedTest(name = "{0} was run by CNRI and/or Foretec, neither asserted alone")
        @CsvSource({"python6", "python7", "python8", "python9", "python10"})
        void sixthToTenthWereRunByOneOrMoreOfThem(String edition) {
            Node event = facts.thing("event/" + edition);
            assertEquals(Set.of(CNRI, FORETEC), facts.objects(event, pcg("runByOneOrMoreOf")));
            assertTrue(pageValues(event, pcg("organizer")).isEmpty(), "the page names no single organizer");
        }

        @ParameterizedTest(name = "{0} was not run by CNRI or Foretec")
        @CsvSource({"python4", "python5", "ipc11"})
        void theOthersWereNot(String edition) {
            Node event = facts.thing("event/" + edition);
            assertEquals(Set.of(CNRI, FORETEC), facts.objects(event, pcg("notRunBy")));
            assertTrue(facts.objects(event, pcg("runByOneOrMoreOf")).isEmpty());
        }

        @Test void theSentenceIsKeptAsAClaim() {
            Node claim = facts.thing("claim/only-6th-to-10th-run-by-cnri-or-foretec");
            assertTrue(facts.has(claim, pcg("hedge"), plain("and/or")));
            assertTrue(facts.objects(claim, pcg("about")).containsAll(
                facts.things("event/python6", "event/python7", "event/python8", "event/python9", "event/python10")));
        }
    }

    @Nested
    @DisplayName("'IPC 11, the 11th International Python Conference, was a track at OSCON 2003, organized by O'Reilly.'")
    class Ipc11 {
        private final Node ipc11 = facts.thing("event/ipc11");
        private final Node oscon2003 = facts.thing("event/oscon-2003");

        @Test void isTheEleventhEditionOfTheIpc() {
            assertTrue(facts.has(ipc11, pcg("inSeries"), IPC));
            assertTrue(facts.has(ipc11, pcg("ordinal"), typed("11", XSDDatatype.XSDpositiveInteger)));
            assertTrue(facts.has(ipc11, rdfs("label"), en("IPC 11")));
            assertTrue(facts.has(ipc11, skos("altLabel"), en("11th International Python Conference")));
        }

        @Test void isATrackOfOscon2003WithoutJoiningTheOsconSeries() {
            assertTrue(facts.has(ipc11, rdfType(), pcg("Track")));
            assertTrue(facts.has(ipc11, pcg("trackOf"), oscon2003));
            assertTrue(facts.has(oscon2003, pcg("inSeries"), OSCON));
            assertFalse(facts.objects(ipc11, pcg("inSeries")).contains(OSCON), "not an edition of OSCON");
            Node track = facts.thing("series/oscon-python");
            assertEquals(Set.of(IPC, track), facts.objects(ipc11, pcg("inSeries")), "the IPC and the Python track at OSCON");
            assertTrue(facts.has(track, pcg("continuesNumberingOf"), IPC), "which keeps the IPC's numbering");
        }

        @Test void wasOrganizedByOReilly() {
            assertTrue(facts.has(ipc11, pcg("organizer"), facts.thing("org/oreilly")));
            assertTrue(facts.has(facts.thing("org/oreilly"), rdfs("label"), en("O'Reilly")));
        }

        @Test void isDatedToTheYearOfOscon2003Only() {
            assertEquals(Set.of(typed("2003", XSDDatatype.XSDgYear)), facts.objects(ipc11, pcg("startDate")));
            assertEquals(Set.of(typed("2003", XSDDatatype.XSDgYear)), pageValues(oscon2003, pcg("startDate")));
        }
    }

    @Nested
    @DisplayName("The past conferences list: name, number, date at its precision, place and linked website")
    class Editions {
        @ParameterizedTest(name = "{0}: {1} ({2}), no. {3}, {4}, {6}")
        @CsvSource(delimiter = '|', value = {
            "python10 | Python10          | 10th International Python Conference   | 10 | 2002-02-04 | date       | Alexandria, VA | http://legacy.python.org/workshops/2002-02/",
            "python9  | Python9           | 9th International Python Conference    | 9  | 2001-03    | gYearMonth | Long Beach, CA | http://web.archive.org/web/20010418224615/http://www.python9.org/",
            "python8  | Python8           | 8th International Python Conference    | 8  | 2000-01    | gYearMonth | Arlington, VA  | http://legacy.python.org/workshops/2000-01/",
            "python7  | Python7           | 7th International Python Conference    | 7  | 1998-11    | gYearMonth | Houston, TX    | http://legacy.python.org/workshops/1998-11/",
            "python6  | Python6           | 6th International Python Conference    | 6  | 1997-10    | gYearMonth | San Jose, CA   | http://legacy.python.org/workshops/1997-10/",
            "python5  | Python Workshop 5 | Python5                                | 5  | 1996-11    | gYearMonth | Washington, DC | http://legacy.python.org/workshops/1996-11/",
            "python4  | Python4           | Fourth International Python Conference | 4  | 1996-06    | gYearMonth | Livermore, CA  | http://legacy.python.org/workshops/1996-06/",
        })
        void editionAsListed(String path, String label, String altLabel, String ordinal, String start, String datatype,
                             String placeText, String website) {
            Node event = facts.thing("event/" + path);
            assertTrue(facts.has(event, pcg("inSeries"), IPC), "in the IPC series");
            assertTrue(facts.has(event, rdfs("label"), en(label)), "label");
            assertTrue(facts.has(event, skos("altLabel"), en(altLabel)), "alternative label");
            assertEquals(Set.of(typed(ordinal, XSDDatatype.XSDpositiveInteger)), facts.objects(event, pcg("ordinal")));
            assertEquals(Set.of(NodeFactory.createLiteralDT(start, datatypeOf(datatype))),
                pageValues(event, pcg("startDate")), "start date at the page's precision, asserted or refined by another source");
            Set<String> places = pageValues(event, pcg("venue")).stream()
                .flatMap(v -> facts.objects(v, pcg("placeText")).stream()).map(Node::getLiteralLexicalForm)
                .collect(Collectors.toSet());
            assertEquals(Set.of(placeText), places, "the page's place words");
            assertEquals(Set.of(iri(website)), pageValues(event, pcg("website")), "the page's link");
        }

        @Test void python10RanFromTheFourthToTheSeventhOfFebruary2002() {
            assertEquals(Set.of(typed("2002-02-07", XSDDatatype.XSDdate)), facts.objects(facts.thing("event/python10"), pcg("endDate")));
        }

        @Test void onlyPython10HasAnEndDateOnThePage() {
            Set<Node> ended = facts.subjects(pcg("endDate"), Node.ANY).stream()
                .filter(event -> !pageValues(event, pcg("endDate")).isEmpty()).collect(Collectors.toSet());
            assertEquals(Set.of(facts.thing("event/python10")), ended);
        }

        @Test void eachEditionIsSucceededByTheNextNumberedOne() {
            String[] chain = {"python4", "python5", "python6", "python7", "python8", "python9", "python10", "ipc11"};
            for (int i = 0; i + 1 < chain.length; i++)
                assertEquals(Set.of(facts.thing("event/" + chain[i + 1])),
                    facts.objects(facts.thing("event/" + chain[i]), pcg("succeededBy")), chain[i] + " is succeeded by " + chain[i + 1]);
            assertTrue(pageValues(facts.thing("event/ipc11"), pcg("succeededBy")).isEmpty(), "the page names no later edition");
        }

        @Test void workshop5WasColocatedWithFedUnixInWashingtonDc() {
            Node workshop = facts.thing("event/python5");
            Node fedunix = facts.thing("event/fedunix-1996");
            assertTrue(facts.has(workshop, pcg("colocatedWith"), fedunix));
            assertTrue(facts.has(fedunix, rdfs("label"), en("FedUnix")));
            assertTrue(facts.has(fedunix, pcg("venue"), facts.thing("place/washington-dc")));
            assertTrue(facts.objects(fedunix, pcg("inSeries")).isEmpty(), "FedUnix is not an IPC edition");
            assertTrue(facts.objects(fedunix, pcg("trackOf")).isEmpty(), "co-location is not containment");
        }
    }

    @Nested
    @DisplayName("'All earlier workshops are also found here: http://legacy.python.org/workshops/' and its copy at ftp.ntua.gr")
    class Archive {
        @Test void theIpcSeriesHasTheWorkshopsArchive() {
            assertTrue(facts.has(IPC, pcg("archive"), iri("http://legacy.python.org/workshops/")));
        }

        @Test void theNtuaMirrorIsACopyOfIt() {
            assertTrue(facts.has(iri("http://ftp.ntua.gr/mirror/python/workshops/"), pcg("copyOf"),
                iri("http://legacy.python.org/workshops/")));
        }
    }

    @Nested
    @DisplayName("'In 2003 the community started afresh with the PyCon series; the first one was at GW University in Washington, DC in 2003, and these have been held once a year ever since.'")
    class PyCon {
        private final Node first = facts.thing("event/pycon-2003");

        @Test void theFirstPyConWasAtGwUniversityInWashingtonDcIn2003() {
            assertTrue(facts.has(first, pcg("inSeries"), PYCON));
            assertTrue(facts.has(first, pcg("ordinal"), typed("1", XSDDatatype.XSDpositiveInteger)));
            assertTrue(pageValues(first, pcg("startDate")).contains(typed("2003", XSDDatatype.XSDgYear)));
            Node gwu = facts.thing("place/gw-university");
            assertTrue(pageValues(first, pcg("venue")).contains(gwu));
            assertTrue(facts.has(gwu, pcg("placeText"), plain("GW University")));
            assertTrue(facts.has(gwu, pcg("containedInPlace"), facts.thing("place/washington-dc")));
        }

        @Test void theSeriesStartedIn2003AndIsHeldYearly() {
            assertTrue(facts.has(PYCON, pcg("startDate"), typed("2003", XSDDatatype.XSDgYear)));
            assertTrue(facts.has(PYCON, pcg("heldAnnually"), typed("true", XSDDatatype.XSDboolean)));
        }
    }

    @Nested
    @DisplayName("'The Python track at OSCON has continued to use the name and numbering of International Python Conferences.'")
    class OsconTrack {
        @Test void theIpcContinuedAsATrackOfOscon() {
            assertTrue(facts.has(IPC, pcg("continuedAsTrackOf"), OSCON));
        }
    }

    @Nested
    @DisplayName("'Also, EuroPython started in 2002 in Charleroi, Belgium.'")
    class EuroPython {
        @Test void theFirstEuroPythonWasInCharleroiIn2002() {
            Node first = facts.thing("event/europython-2002");
            assertTrue(facts.has(first, pcg("inSeries"), facts.thing("series/europython")));
            assertTrue(facts.has(first, pcg("ordinal"), typed("1", XSDDatatype.XSDpositiveInteger)));
            assertTrue(pageValues(first, pcg("startDate")).contains(typed("2002", XSDDatatype.XSDgYear)));
            Node charleroi = facts.thing("place/charleroi-be");
            assertTrue(facts.has(first, pcg("venue"), charleroi));
            assertTrue(facts.has(charleroi, pcg("placeText"), plain("Charleroi, Belgium")));
            assertTrue(facts.has(charleroi, pcg("country"), plain("BE")));
        }
    }

    @Nested
    @DisplayName("Provenance and links out")
    class Provenance {
        @Test void everyResourceThePageDescribesNamesIt() {
            Node source = iri(Vocabularies.SOURCE_PAGE);
            Set<Node> unsourced = PAGE_RESOURCES.stream().map(facts::thing)
                .filter(s -> !facts.has(s, dcterms("source"), source)).collect(Collectors.toSet());
            assertEquals(Set.of(), unsourced);
        }

        @Test void thePageIsADeclaredSource() {
            assertTrue(facts.has(iri(Vocabularies.SOURCE_PAGE), rdfType(), pcg("Source")));
        }

        /** The page's identifiers and the Python Software Foundation's, all verified in the research notes. */
        @Test void linksOutAreExactlyTheVerifiedIdentifiers() {
            Set<String> verified = Set.of(
                "http://www.wikidata.org/entity/Q28865", "http://www.wikidata.org/entity/Q432637",
                "http://www.wikidata.org/entity/Q61", "https://sws.geonames.org/4140963/",
                "http://www.wikidata.org/entity/Q16739", "http://www.wikidata.org/entity/Q16555",
                "http://www.wikidata.org/entity/Q16553", "https://sws.geonames.org/4744091/",
                "http://dbpedia.org/resource/O'Reilly_Open_Source_Convention",
                "http://dbpedia.org/resource/O'Reilly_Media",
                "http://dbpedia.org/resource/Corporation_for_National_Research_Initiatives",
                "http://dbpedia.org/resource/Python_Conference",
                "http://www.wikidata.org/entity/Q83818");
            Set<String> linked = facts.subjects(skos("exactMatch"), Node.ANY).stream()
                .flatMap(s -> facts.objects(s, skos("exactMatch")).stream()).map(Node::getURI).collect(Collectors.toSet());
            assertEquals(verified, linked);
        }
    }

    /** Every resource the page describes, by its path under id/. */
    private static final Set<String> PAGE_RESOURCES = Set.of(
        "series/ipc", "series/pycon", "series/oscon", "series/europython", "series/pythonuk",
        "event/python4", "event/python5", "event/fedunix-1996", "event/python6", "event/python7", "event/python8",
        "event/python9", "event/python10", "event/ipc11", "event/oscon-2003", "event/pycon-2003",
        "event/europython-2002", "org/foretec", "org/cnri", "org/oreilly", "topic/python",
        "place/livermore-ca", "place/washington-dc", "place/san-jose-ca", "place/houston-tx", "place/arlington-va",
        "place/long-beach-ca", "place/alexandria-va", "place/gw-university", "place/charleroi-be",
        "claim/ipc-held-annually-by-foretec", "claim/ipc-expensive-and-lost-money",
        "claim/only-6th-to-10th-run-by-cnri-or-foretec");

    /**
     * The values the page states for a subject's property: asserted values of a resource whose only source is the
     * page, and the values of statements (asserted or not) that cite the page.
     */
    static Set<Node> pageValues(Node subject, Node property) {
        Node page = iri(Vocabularies.SOURCE_PAGE);
        Set<Node> values = new java.util.HashSet<>();
        if (facts.objects(subject, dcterms("source")).equals(Set.of(page))) values.addAll(facts.objects(subject, property));
        Node rdf = iri(Vocabularies.RDF + "subject");
        for (Node statement : facts.subjects(rdf, subject))
            if (facts.has(statement, iri(Vocabularies.RDF + "predicate"), property) && facts.has(statement, dcterms("source"), page))
                values.addAll(facts.objects(statement, iri(Vocabularies.RDF + "object")));
        return values;
    }

    private static RDFDatatype datatypeOf(String localName) {
        return TypeMapper.getInstance().getSafeTypeByName(Vocabularies.XSD + localName);
    }
}
