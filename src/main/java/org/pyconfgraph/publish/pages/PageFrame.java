package org.pyconfgraph.publish.pages;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.html.HtmlResponse;
import org.pyconfgraph.publish.html.Page;
import org.pyconfgraph.publish.html.Templates;

/** What every page shares: the escaping templates, the instance's base for links, and the release in the footer. */
final class PageFrame {
    private final Templates templates = new Templates();
    private final PublishingContext context;

    PageFrame(PublishingContext context) {
        this.context = context;
    }

    PublishingContext context() { return context; }

    /** The instance's public base, ending in a slash. */
    private String base() { return context.iris().base(); }

    /** The public URL of a path of this server, e.g. {@code /sparql}. */
    String url(String path) { return context.iris().resolve(path.substring(1)); }

    /** A page in the shared frame: {@code templates/NAME.mustache} with {@code content} as its own scope. */
    String page(String template, String title, Object content) {
        return templates.render(template, new Page(title, base(), context.release().id(), content));
    }

    /** A template outside the frame (e.g. an SVG file). */
    String render(String template, Object scope) {
        return templates.render(template, scope);
    }

    void sendNotFound(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        HtmlResponse.send(response, HttpServletResponse.SC_NOT_FOUND,
            page("error", "Not found", Map.of("message", message)), "HEAD".equals(request.getMethod()));
    }
}
