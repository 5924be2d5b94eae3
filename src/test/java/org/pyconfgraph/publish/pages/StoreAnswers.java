package org.pyconfgraph.publish.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdflink.RDFLink;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.RunningServer;

/** What the server's own store answers, to compare the pages with: SPARQL with our prefixes and base. */
final class StoreAnswers {
    private StoreAnswers() {}

    static List<QuerySolution> select(RunningServer server, String query) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> prefix : Vocabularies.prefixes(server.context().iris()).getNsPrefixMap().entrySet())
            text.append("PREFIX ").append(prefix.getKey()).append(": <").append(prefix.getValue()).append(">\n");
        Query parsed = QueryFactory.create(text + query, server.base());
        List<QuerySolution> rows = new ArrayList<>();
        try (RDFLink link = RDFLink.connect(server.context().store().localDataset().orElseThrow())) {
            ResultSet results = ResultSet.adapt(link.query(parsed).select());
            results.forEachRemaining(rows::add);
        }
        return rows;
    }

    /** The IRIs bound to the one variable of a query, sorted. */
    static Set<String> iris(RunningServer server, String query, String variable) {
        Set<String> iris = new TreeSet<>();
        select(server, query).forEach(row -> iris.add(row.getResource(variable).getURI()));
        return iris;
    }

    /** "from → to" for each row binding ?from and ?to to IRIs, sorted. */
    static Set<String> pairs(RunningServer server, String query) {
        Set<String> pairs = new TreeSet<>();
        select(server, query).forEach(r -> pairs.add(r.getResource("from").getURI() + " → " + r.getResource("to").getURI()));
        return pairs;
    }
}
