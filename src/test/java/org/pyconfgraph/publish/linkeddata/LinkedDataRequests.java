package org.pyconfgraph.publish.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pyconfgraph.testing.RunningServer;

/** Reading linked-data responses with real parsers: media types, Link headers, documents as graphs. */
final class LinkedDataRequests {
    /** What a browser sends for a page. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private LinkedDataRequests() {}

    static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    /** The targets of the Link header's links with this relation, each mapped to its type parameter. */
    static Map<String, String> links(HttpResponse<?> response, String relation) {
        return response.headers().allValues("Link").stream()
            .flatMap(value -> Arrays.stream(value.split(",(?=\\s*<)")))
            .filter(link -> link.contains("rel=\"" + relation + "\""))
            .collect(Collectors.toMap(
                link -> link.substring(link.indexOf('<') + 1, link.indexOf('>')),
                link -> link.contains("type=\"") ? link.replaceAll(".*type=\"([^\"]*)\".*", "$1") : ""));
    }

    /** Parses a document with the parser its Content-Type names. */
    static Graph graph(HttpResponse<String> response) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType(response));
        if (lang == null) throw new AssertionError("not an RDF media type: " + mediaType(response));
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), lang).parse(graph);
        return graph;
    }

    /** GETs a URL and, if it answers 303, the URL it points to, with the same Accept header. */
    static HttpResponse<String> dereference(RunningServer server, String url, String accept) {
        HttpResponse<String> response = server.get(url, "Accept", accept);
        if (response.statusCode() != 303) return response;
        return server.get(response.headers().firstValue("Location").orElseThrow(), "Accept", accept);
    }

    static void assertStatus(int expected, HttpResponse<String> response) {
        assertEquals(expected, response.statusCode(), () -> response.uri() + " answered " + response.statusCode()
            + ": " + response.body());
    }

    static List<String> rdfMediaTypes() {
        return Variant.ALL.stream().filter(v -> !v.isHtml()).map(Variant::mediaType).toList();
    }
}
