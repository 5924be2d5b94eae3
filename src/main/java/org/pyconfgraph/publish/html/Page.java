package org.pyconfgraph.publish.html;

import java.util.List;

/**
 * What the shared page frame ({@code templates/header.mustache}, {@code footer.mustache}) needs from every page.
 *
 * @param title      the page title, shown in the tab and as the heading
 * @param base       the instance's public base, ending in a slash; every link of the frame starts with it
 * @param release    the release id, shown in the footer
 * @param alternates other representations of the page, linked from its head as {@code rel="alternate"}
 * @param content    the page's own scope, read by its template as {@code {{#content}}…{{/content}}}
 */
public record Page(String title, String base, String release, List<Alternate> alternates, Object content) {

    /** Another representation of the page: its URL, media type and a name for people. */
    public record Alternate(String url, String mediaType, String formatName) {}

    /** The title in pieces that may wrap between them (see {@link BreakPoints}). */
    public List<String> titlePieces() { return BreakPoints.pieces(title); }

    public Page(String title, String base, String release, Object content) {
        this(title, base, release, List.of(), content);
    }
}
