package org.pyconfgraph.publish.pages;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pyconfgraph.format.RdfFormat;
import org.pyconfgraph.format.RdfFormats;
import org.pyconfgraph.publish.http.ContentNegotiation;
import org.pyconfgraph.publish.http.ReleaseBodies;
import org.pyconfgraph.load.ExampleQueries.Example;
import org.pyconfgraph.publish.html.HtmlResponse;
import org.pyconfgraph.publish.sparql.SparqlModule;

/**
 * The query editor at {@code /sparql} for browsers: YASGUI with a tab per example query, sending its queries to the
 * endpoint at the same URL. A filter in front of the endpoint that takes only a GET or HEAD with none of the
 * protocol's parameters from a client preferring HTML to the service description's RDF formats; everything else
 * goes on to the endpoint. The page's script ({@code assets/query-editor.js}) reads the endpoint and the examples'
 * URL from data attributes, as the Content-Security-Policy allows no inline script.
 */
final class QueryEditorPage implements Filter {
    private final ReleaseBodies bodies = new ReleaseBodies(1);
    static final String PATH = SparqlModule.PATH;
    /** A request with any of these is for the endpoint: a query, an update (refused there), or a graph read. */
    private static final List<String> PROTOCOL_PARAMETERS = List.of("query", "update", "graph", "default");
    /** The service description's formats come first, so that a client accepting anything still gets RDF. */
    private static final List<List<String>> OFFERS = Stream.concat(
        RdfFormats.DOCUMENT_FORMATS.stream().map(RdfFormat::mediaTypes), Stream.of(List.of("text/html"))).toList();

    private final PageFrame frame;
    private final ExampleCatalogue catalogue;

    QueryEditorPage(PageFrame frame, ExampleCatalogue catalogue) {
        this.frame = frame;
        this.catalogue = catalogue;
    }

    /**
     * @param endpoint    where the editor sends queries
     * @param examplesUrl the examples as JSON, for the editor's tabs
     * @param examples    the examples, listed for a browser without JavaScript
     */
    record Content(String endpoint, String examplesUrl, List<Example> examples) {
        public int exampleCount() { return examples.size(); }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
        throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!isForThePage(request)) {
            chain.doFilter(req, res);
            return;
        }
        response.setHeader("Vary", "Accept");
        Content content = new Content(frame.url(PATH), frame.url(ExampleQueriesJson.PATH), catalogue.examples());
        new Representation(HtmlResponse.MEDIA_TYPE, catalogue.variant("html"),
            () -> frame.page("query-editor", "SPARQL query editor", content))
            .send(request, response, frame.context().release(), bodies);
    }

    private static boolean isForThePage(HttpServletRequest request) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) return false;
        if (PROTOCOL_PARAMETERS.stream().anyMatch(p -> request.getParameter(p) != null)) return false;
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) return false;
        return ContentNegotiation.chooseAmong(accept, OFFERS, types -> types)
            .map(types -> types.contains("text/html")).orElse(false);
    }
}
