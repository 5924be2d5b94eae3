package org.pyconfgraph.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.RunningServer;

/** Pages say where each value comes from: source marks, disagreements, a page per source, a series' table. */
@DisplayName("A page of the bundled data, read for its sources")
class SourcedPagesTest {
    private static RunningServer server;

    @BeforeAll static void start() { server = RunningServer.shared(); }

    private static List<QuerySolution> select(String query) { return BundledPages.select(server, query); }

    private static Set<String> column(List<QuerySolution> rows, String name) {
        return rows.stream().map(r -> r.get(name).toString()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Document page(String thing) { return BundledPages.page(server, thing); }

    private static Set<String> marks(Element cell) {
        Set<String> hrefs = new TreeSet<>();
        for (Element mark : cell.select("sup.source-mark a")) {
            assertTrue(mark.attr("aria-label").startsWith("source: "), mark::outerHtml);
            hrefs.add(mark.attr("href"));
        }
        return hrefs;
    }

    /** The value cell of the row stating (subject, property, value) in the subject's own table. */
    private static Element cell(Document page, String subject, String property, RDFNode value) {
        for (Element row : page.select("table.statements[data-subject=" + subject + "] tr:has(td.p a[href=" + property + "])")) {
            Element o = row.selectFirst("td.o");
            boolean same = value.isURIResource()
                ? o.selectFirst("a.iri[href=" + value.asResource().getURI() + "]") != null
                : o.selectFirst("span.literal") != null
                    && o.selectFirst("span.literal").text().equals(value.asLiteral().getLexicalForm().strip());
            if (same) return o;
        }
        return null;
    }

    @Test
    @DisplayName("marks each value that has a pcg:Statement with exactly that statement's sources")
    void statementMarks() {
        List<QuerySolution> subjects = select("SELECT DISTINCT ?s { ?st a pcg:Statement ; rdf:subject ?s ; rdf:predicate ?p ;"
            + " rdf:object ?o . ?s ?p ?o FILTER (isIRI(?s)) } ORDER BY ?s LIMIT 3");
        assertFalse(subjects.isEmpty());
        for (QuerySolution s : subjects) {
            String subject = s.getResource("s").getURI();
            Document page = page(subject);
            List<QuerySolution> statements = select("SELECT ?st ?p ?o { ?st a pcg:Statement ; rdf:subject <" + subject
                + "> ; rdf:predicate ?p ; rdf:object ?o . <" + subject + "> ?p ?o }");
            for (QuerySolution statement : statements) {
                String iri = statement.getResource("st").getURI();
                Element o = cell(page, subject, statement.getResource("p").getURI(), statement.get("o"));
                assertNotNull(o, iri);
                assertEquals(column(select("SELECT ?src { <" + iri + "> dcterms:source ?src }"), "src"), marks(o), iri);
            }
        }
    }

    @Test
    @DisplayName("marks each label and fact of a resource with a single source with that source, and no inferred value")
    void singleSourceMarks() {
        List<QuerySolution> single = select("SELECT ?s (SAMPLE(?src) AS ?source) { ?s a pcg:Event ; dcterms:source ?src }"
            + " GROUP BY ?s HAVING (COUNT(?src) = 1) ORDER BY ?s LIMIT 2");
        assertFalse(single.isEmpty());
        for (QuerySolution row : single) {
            String subject = row.getResource("s").getURI();
            Document page = page(subject);
            Set<String> expected = Set.of(row.getResource("source").getURI());
            Set<String> facts = column(select("SELECT ?p { ?p a pcg:FactProperty }"), "p");
            facts.add(Vocabularies.RDFS + "label");
            int marked = 0;
            for (Element tr : page.select("table.statements[data-subject=" + subject + "] tbody tr")) {
                String property = tr.selectFirst("td.p a").attr("href");
                boolean fact = facts.contains(property);
                assertEquals(fact ? expected : Set.of(), marks(tr.selectFirst("td.o")), subject + " " + property);
                if (fact) marked++;
            }
            assertTrue(marked > 0, subject);
        }
    }

    @Test
    @DisplayName("of an edition shows each disagreement: every reading with its sources, the preferred one marked, the reason")
    void disagreements() {
        List<QuerySolution> all = select("SELECT ?d ?about ?preferred ?reason { ?d a pcg:Disagreement ; pcg:about ?about ;"
            + " pcg:preferredReading ?preferred ; pcg:preferenceReason ?reason }");
        assertFalse(all.isEmpty());
        for (QuerySolution d : all) {
            String iri = d.getResource("d").getURI();
            Element section = page(d.getResource("about").getURI())
                .selectFirst("section.disagreement[data-disagreement=" + iri + "]");
            assertNotNull(section, iri);
            List<QuerySolution> readings = select("SELECT ?r { <" + iri + "> pcg:reading ?r }");
            assertEquals(readings.size(), section.select("ul.readings > li").size(), iri);
            for (QuerySolution r : readings) {
                String reading = r.getResource("r").getURI();
                Element li = section.selectFirst("ul.readings > li:has(> a[href=" + reading + "])");
                assertNotNull(li, reading);
                assertEquals(reading.equals(d.getResource("preferred").getURI()), li.hasClass("preferred"), reading);
                assertEquals(column(select("SELECT ?src { <" + reading + "> dcterms:source ?src }"), "src"), marks(li), reading);
            }
            assertEquals(1, section.select("li.preferred").size(), iri);
            assertTrue(section.selectFirst("p.reason").text().contains(d.getLiteral("reason").getLexicalForm()), iri);
        }
    }

    @Test
    @DisplayName("of a source lists what cites it, at most 200, and says how many there are")
    void sourcePage() {
        List<QuerySolution> sources = select("SELECT ?source (COUNT(DISTINCT ?x) AS ?n) { ?source a pcg:Source ."
            + " ?x dcterms:source ?source FILTER STRSTARTS(STR(?source), \"" + server.url("id/source/") + "\") } GROUP BY ?source ORDER BY DESC(?n) ?source LIMIT 2");
        assertFalse(sources.isEmpty());
        for (QuerySolution s : sources) {
            String source = s.getResource("source").getURI();
            int count = s.getLiteral("n").getInt();
            Set<String> citing = column(select("SELECT ?x { ?x dcterms:source <" + source + "> }"), "x");
            Document page = page(source);
            Element section = page.selectFirst("section.supports");
            assertNotNull(section, source);
            assertTrue(section.selectFirst("p.count").text().startsWith(count + " "), source);
            List<String> shown = section.select("tbody tr td.s a").eachAttr("href");
            assertEquals(Math.min(200, count), shown.size(), source);
            assertTrue(citing.containsAll(shown), source);
        }
    }

    @Test
    @DisplayName("of a series is a table of its editions: dates, city, venue and each attendance figure with its sources")
    void seriesTable() {
        for (QuerySolution row : select("SELECT ?series { ?series a pcg:Series FILTER EXISTS { ?e pcg:inSeries ?series } }")) {
            String series = row.getResource("series").getURI();
            Document page = page(series);
            for (QuerySolution e : select("SELECT ?e ?start { ?e pcg:inSeries <" + series + "> OPTIONAL { ?e pcg:startDate ?start } }")) {
                String edition = e.getResource("e").getURI();
                Element tr = page.selectFirst("table.editions tbody tr:has(th a[href=" + edition + "])");
                assertNotNull(tr, edition);
                if (e.contains("start"))
                    assertEquals(e.getLiteral("start").getLexicalForm(), tr.select("td.date").first().text(), edition);
                for (QuerySolution f : select("SELECT ?f ?label { <" + edition + "> pcg:attendance ?f . ?f rdfs:label ?label }")) {
                    // Two figures may read alike ("over 600" from two sources): one span must show this one's sources.
                    List<Set<String>> shown = tr.select("span.figure").stream()
                        .filter(span -> span.ownText().strip().equals(f.getLiteral("label").getLexicalForm()))
                        .map(SourcedPagesTest::marks).toList();
                    assertFalse(shown.isEmpty(), edition + " " + f.getLiteral("label"));
                    Set<String> expected = column(select("SELECT ?src { <" + f.getResource("f").getURI()
                        + "> dcterms:source ?src }"), "src");
                    assertTrue(shown.contains(expected), edition + ": " + expected + " not among " + shown);
                }
                for (QuerySolution c : select("SELECT ?city { <" + edition + "> pcg:city ?city }"))
                    assertNotNull(tr.selectFirst("a[href=" + c.getResource("city").getURI() + "]"), edition);
            }
        }
    }
}
