package org.pyconfgraph.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.jena.query.QuerySolution;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.RunningServer;

/** Event and series pages of the bundled data read like pages: a summary first, each fact once, editions in order. */
@DisplayName("A resource page of the bundled data")
class ReadableResourcePagesTest {
    private static RunningServer server;

    @BeforeAll static void start() { server = RunningServer.shared(); }

    private static List<QuerySolution> select(String query) { return BundledPages.select(server, query); }

    private static Document page(String thing) { return BundledPages.page(server, thing); }

    @Test
    @DisplayName("of every event and series opens with its summary, the schema:description its embedded JSON-LD carries")
    void summaryFirst() {
        List<QuerySolution> described = select("SELECT ?thing ?summary { GRAPH <graph/inferred> {"
            + " ?thing schema:description ?summary } { ?thing a pcg:Event } UNION { ?thing a pcg:Series } }");
        assertFalse(described.isEmpty());
        for (QuerySolution row : described) {
            String thing = row.getResource("thing").getURI();
            String summary = row.getLiteral("summary").getLexicalForm();
            Document page = page(thing);
            Element first = page.selectFirst("main h1 + p");
            assertEquals("summary", first.className(), thing);
            assertEquals(summary, first.text(), thing);
            JsonObject json = Json.createReader(new StringReader(
                page.selectFirst("script[type=application/ld+json]").data())).readObject();
            assertEquals(summary, json.getJsonObject("description").getString("@value"), thing);
        }
    }

    @Test
    @DisplayName("shows each statement once: our terms in the open tables, the schema.org projection folded away")
    void projectionOnce() {
        Document page = page(server.url("id/event/python10"));
        Set<String> rows = new HashSet<>();
        for (Element table : page.select("table.statements"))
            for (Element row : table.select("tbody > tr"))
                assertTrue(rows.add(table.attr("data-subject") + "|" + table.attr("data-object") + "|" + row.text()),
                    () -> "shown twice: " + row.text());
        for (Element link : page.select("table.statements td.p a.iri"))
            if (link.closest("details.projection") == null)
                assertFalse(link.attr("href").startsWith(Vocabularies.SCHEMA), "schema.org outside the projection");
        Element projection = page.selectFirst("details.projection");
        assertNotNull(projection);
        assertFalse(projection.hasAttr("open"), "folded");
        assertFalse(projection.select("td.p a[href=" + Vocabularies.SCHEMA + "startDate]").isEmpty());
    }

    @Test
    @DisplayName("of a series lists its editions in the order held, by ordinal, and its statement rows in that order")
    void editionsInOrder() {
        for (QuerySolution series : select("SELECT ?series { ?series a pcg:Series FILTER EXISTS { ?e pcg:inSeries ?series } }")) {
            String iri = series.getResource("series").getURI();
            List<String> expected = new ArrayList<>();
            boolean numbered = select("SELECT ?e { ?e pcg:inSeries <" + iri + "> FILTER NOT EXISTS { ?e pcg:ordinal ?n } }")
                .isEmpty();
            String order = numbered ? "ORDER BY ?n" : "ORDER BY (!BOUND(?d)) STR(?d) ?n";
            select("SELECT ?e { ?e pcg:inSeries <" + iri + "> OPTIONAL { ?e pcg:ordinal ?n } OPTIONAL { ?e pcg:startDate ?d } } "
                + order).forEach(r -> expected.add(r.getResource("e").getURI()));
            Document page = page(iri);
            assertEquals(expected, page.select("table.editions tbody th a").eachAttr("href"), iri);
            assertEquals(expected, page.select("table[data-subject=" + iri + "] tr:has(td.p a[href$=#hasEdition]) td.o > a.iri")
                .eachAttr("href"), iri);
        }
    }

    @Test
    @DisplayName("of an event embeds every schema.org statement the inferred graph makes about it, for search engines")
    void searchEngines() {
        for (QuerySolution row : select("SELECT DISTINCT ?event ?p { GRAPH <graph/inferred> { ?event ?p ?o }"
            + " ?event a pcg:Event FILTER (STRSTARTS(STR(?p), STR(schema:))) }")) {
            String event = row.getResource("event").getURI();
            String property = row.getResource("p").getURI().substring(Vocabularies.SCHEMA.length());
            JsonObject json = Json.createReader(new StringReader(
                page(event).selectFirst("script[type=application/ld+json]").data())).readObject();
            assertTrue(json.containsKey(property), event + " " + property);
        }
    }
}
