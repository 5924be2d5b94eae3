package org.pyconfgraph.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdflink.RDFLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.RunningServer;

/** What page tests read from a running server: the store's own answer to a query, and the HTML page of a thing. */
final class BundledPages {
    private BundledPages() {}

    /** The rows the store gives for a query written with our prefixes (and rdf:), relative IRIs on the base. */
    static List<QuerySolution> select(RunningServer server, String query) {
        StringBuilder text = new StringBuilder("PREFIX rdf: <" + Vocabularies.RDF + ">\n");
        for (Map.Entry<String, String> prefix : Vocabularies.prefixes(server.context().iris()).getNsPrefixMap().entrySet())
            text.append("PREFIX ").append(prefix.getKey()).append(": <").append(prefix.getValue()).append(">\n");
        Query parsed = QueryFactory.create(text + query, server.base());
        List<QuerySolution> rows = new ArrayList<>();
        try (RDFLink link = RDFLink.connect(server.context().store().localDataset().orElseThrow())) {
            ResultSet.adapt(link.query(parsed).select()).forEachRemaining(rows::add);
        }
        return rows;
    }

    /** The HTML page of a thing (its IRI), which must answer 200. */
    static Document page(RunningServer server, String thing) {
        String doc = thing.replace("/id/", "/doc/") + ".html";
        var response = server.get(doc.substring(server.base().length()));
        assertEquals(200, response.statusCode(), doc);
        return Jsoup.parse(response.body(), doc);
    }
}
