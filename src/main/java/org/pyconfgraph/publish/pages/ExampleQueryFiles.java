package org.pyconfgraph.publish.pages;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Each example query as written, at {@code /queries/NAME.rq}; {@code /queries} itself leads to the list. */
final class ExampleQueryFiles extends ReleaseServlet {
    /** Every path below /queries/ (the list and the JSON have exact mappings, which take precedence). */
    static final String PATH = "/queries/*";
    static final String MEDIA_TYPE = "application/sparql-query;charset=utf-8";

    private final ExampleCatalogue catalogue;

    ExampleQueryFiles(PageFrame frame, ExampleCatalogue catalogue) {
        super(frame);
        this.catalogue = catalogue;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getPathInfo() == null) response.sendRedirect(frame.url(ExampleCatalogue.PATH));
        else super.doGet(request, response);
    }

    @Override
    protected Optional<Representation> represent(HttpServletRequest request) {
        String file = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!file.endsWith(ExampleCatalogue.FILE_SUFFIX)) return Optional.empty();
        return catalogue.byName(file.substring(0, file.length() - ExampleCatalogue.FILE_SUFFIX.length()))
            .map(e -> new Representation(MEDIA_TYPE, catalogue.variant("rq"), e::text));
    }
}
