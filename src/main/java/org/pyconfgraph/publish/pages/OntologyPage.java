package org.pyconfgraph.publish.pages;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The ontology's documentation at {@code /vocab.html}, where the vocabulary IRI sends browsers: the ontology's
 * description, then every class and property, each under an id equal to its local name.
 */
final class OntologyPage extends ReleaseServlet {
    static final String PATH = "/vocab.html";

    private final OntologyDocumentation documentation;

    OntologyPage(PageFrame frame) {
        super(frame);
        this.documentation = new OntologyDocumentation(frame.context().iris());
    }

    @Override
    protected Optional<Representation> represent(HttpServletRequest request) {
        return Optional.of(Representation.html(() -> {
            OntologyDocumentation.Content content = documentation.read(frame.context().store());
            String title = content.header() != null && content.header().label() != null
                ? content.header().label() : "Ontology";
            return frame.page("ontology", title, content);
        }));
    }
}
