package org.pyconfgraph.publish.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.testing.RunningServer;

/** /vocab.html documents every term of the ontology graph, each where vocab.html#localName finds it. */
@DisplayName("The ontology's documentation")
class OntologyPageTest {
    private static RunningServer server;
    private static Document page;

    @BeforeAll
    static void start() {
        server = RunningServer.shared();
        HttpResponse<String> response = server.get("vocab.html");
        assertEquals(200, response.statusCode());
        page = Jsoup.parse(response.body(), server.base());
    }

    private static Element entry(String localName) {
        Element entry = page.getElementById(localName);
        assertNotNull(entry, "an entry with the id " + localName);
        return entry;
    }

    private static Set<String> hrefs(Element entry) {
        return entry.select("a").stream().map(a -> a.attr("href")).collect(Collectors.toSet());
    }

    @Test
    @DisplayName("has an entry with the label and comment of every term of ours in the ontology graph")
    void everyTerm() {
        List<QuerySolution> terms = StoreAnswers.select(server, """
            SELECT ?term ?label ?comment {
              GRAPH <graph/ontology> {
                { SELECT DISTINCT ?term { ?term ?p ?o } }
                OPTIONAL { ?term rdfs:label ?label } OPTIONAL { ?term rdfs:comment ?comment }
              }
              FILTER (STRSTARTS(STR(?term), STR(pcg:)))
            }""");
        assertTrue(terms.size() > 40, "the ontology has its terms: " + terms.size());
        for (QuerySolution term : terms) {
            String iri = term.getResource("term").getURI();
            Element entry = entry(iri.substring(server.context().iris().vocabularyNamespace().length()));
            assertEquals("article", entry.tagName());
            assertTrue(entry.selectFirst("h3").text().startsWith(term.getLiteral("label").getLexicalForm()), iri);
            assertEquals(term.getLiteral("comment").getLexicalForm(), entry.selectFirst("p.comment").text(), iri);
            assertTrue(hrefs(entry).contains(iri), "shows its IRI: " + iri);
        }
        assertEquals(terms.size(), page.select("article.term").size());
    }

    @Test
    @DisplayName("starts with the ontology's title, IRI, version IRI and version")
    void header() {
        QuerySolution ontology = StoreAnswers.select(server, """
            SELECT * { GRAPH <graph/ontology> { ?o a owl:Ontology ; rdfs:label ?label ; owl:versionIRI ?version ;
                                                   owl:versionInfo ?info } }""").get(0);
        assertEquals(ontology.getLiteral("label").getLexicalForm(), page.selectFirst("h1").text());
        String header = page.selectFirst("table.ontology-header").text();
        assertTrue(header.contains(ontology.getResource("o").getURI()), header);
        assertTrue(header.contains(ontology.getResource("version").getURI()), header);
        assertTrue(header.contains("Version " + ontology.getLiteral("info").getLexicalForm()), header);
    }

    @Test
    @DisplayName("says what succeededBy is: functional, inverse functional, asymmetric, irreflexive; inverse of precededBy")
    void succeededBy() {
        Element entry = entry("succeededBy");
        Set<String> badges = entry.select(".characteristic").stream().map(Element::text).collect(Collectors.toSet());
        assertEquals(Set.of("functional", "inverse functional", "asymmetric", "irreflexive"), badges);
        assertTrue(hrefs(entry).contains("#precededBy"), "inverse");
        assertTrue(hrefs(entry).contains("#Event"), "domain and range");
        assertTrue(hrefs(entry(("precededBy"))).contains("#succeededBy"), "the inverse, stated on the other side");
    }

    @Test
    @DisplayName("shows schema:rangeIncludes, sub-classes and the properties a class is the domain of")
    void structure() {
        Element startDate = entry("startDate");
        for (String type : new String[] {"date", "gYearMonth", "gYear"})
            assertTrue(hrefs(startDate).contains("http://www.w3.org/2001/XMLSchema#" + type), type);
        assertTrue(hrefs(entry("Track")).contains("#Event"), "sub-class of");
        assertTrue(hrefs(entry("Event")).contains("#Track"), "sub-classes");
        assertFalse(hrefs(entry("Event")).contains("#startDate"), "startDate has no domain");
        assertTrue(hrefs(entry("Series")).contains("#hasEdition"), "domain of");
        assertTrue(entry("colocatedWith").select(".characteristic").text().contains("symmetric"));
    }

    @Test
    @DisplayName("links every alignment to another vocabulary: sub-class, sub-property and SKOS matches")
    void alignments() {
        List<QuerySolution> alignments = StoreAnswers.select(server, """
            SELECT ?term ?other {
              GRAPH <graph/ontology> {
                ?term rdfs:subClassOf|rdfs:subPropertyOf|skos:exactMatch|skos:closeMatch|skos:relatedMatch ?other
              }
              FILTER (STRSTARTS(STR(?term), STR(pcg:)) && !STRSTARTS(STR(?other), STR(pcg:)))
            }""");
        assertTrue(alignments.size() > 30, "alignments: " + alignments.size());
        for (QuerySolution alignment : alignments) {
            String term = alignment.getResource("term").getLocalName();
            String other = alignment.getResource("other").getURI();
            assertTrue(hrefs(entry(term)).contains(other), term + " → " + other);
        }
        assertTrue(entry("Event").text().contains("related match wd:Q2020153"));
        assertTrue(entry("Event").text().contains("sub-class of schema:Event"));
    }

    @Test
    @DisplayName("has no link within the page to an entry that is not there")
    void noDeadAnchors() {
        List<Element> internal = page.select("main a[href^=#]");
        assertFalse(internal.isEmpty());
        for (Element link : internal) assertNotNull(page.getElementById(link.attr("href").substring(1)), link.toString());
    }
}
