package org.pyconfgraph.publish.pages;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.pyconfgraph.publish.html.HtmlResponse;

/** The list of example queries at {@code /queries/}: each with its question, its SPARQL, and a link to run it. */
final class ExampleQueriesPage extends ReleaseServlet {
    private final ExampleCatalogue catalogue;

    ExampleQueriesPage(PageFrame frame, ExampleCatalogue catalogue) {
        super(frame);
        this.catalogue = catalogue;
    }

    record Entry(String name, String title, String question, String text, String fileUrl, String runUrl) {}

    record Content(List<Entry> examples) {}

    @Override
    protected Optional<Representation> represent(HttpServletRequest request) {
        List<Entry> entries = catalogue.examples().stream()
            .map(e -> new Entry(e.name(), e.title(), e.question(), e.text(), catalogue.fileUrl(e), catalogue.runUrl(e)))
            .toList();
        return Optional.of(new Representation(HtmlResponse.MEDIA_TYPE, catalogue.variant("html"),
            () -> frame.page("queries", "Example queries", new Content(entries))));
    }
}
