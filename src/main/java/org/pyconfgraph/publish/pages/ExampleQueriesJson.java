package org.pyconfgraph.publish.pages;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.pyconfgraph.load.ExampleQueries.Example;

/**
 * The example queries for the query editor's script, at {@code /queries/examples.json}: a JSON array of objects with
 * name, title, question, query (the text as written), file and run (URLs). A file, not inline data: the
 * Content-Security-Policy allows no inline script.
 */
final class ExampleQueriesJson extends ReleaseServlet {
    static final String PATH = ExampleCatalogue.PATH + "examples.json";
    static final String MEDIA_TYPE = "application/json";

    private final ExampleCatalogue catalogue;

    ExampleQueriesJson(PageFrame frame, ExampleCatalogue catalogue) {
        super(frame);
        this.catalogue = catalogue;
    }

    @Override
    protected Optional<Representation> represent(HttpServletRequest request) {
        return Optional.of(new Representation(MEDIA_TYPE, catalogue.variant("json"), this::json));
    }

    private String json() {
        JsonArray examples = new JsonArray();
        for (Example example : catalogue.examples()) {
            JsonObject entry = new JsonObject();
            entry.put("name", example.name());
            entry.put("title", example.title());
            entry.put("question", example.question());
            entry.put("query", example.text());
            entry.put("file", catalogue.fileUrl(example));
            entry.put("run", catalogue.runUrl(example));
            examples.add(entry);
        }
        return JSON.toString(examples);
    }
}
