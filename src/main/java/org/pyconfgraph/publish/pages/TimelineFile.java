package org.pyconfgraph.publish.pages;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.pyconfgraph.publish.pages.timeline.TimelineLayout;

/**
 * The home page's timeline as an SVG file of its own, at {@code /timeline.svg}: to download, embed or link. Paged as
 * the home page is ({@code /timeline.svg?page=2}, ...).
 */
final class TimelineFile extends ReleaseServlet {
    static final String PATH = "/timeline.svg";
    static final String MEDIA_TYPE = "image/svg+xml";

    private final TimelineReader timelines;

    TimelineFile(PageFrame frame, TimelineReader timelines) {
        super(frame);
        this.timelines = timelines;
    }

    @Override
    protected Optional<Representation> represent(HttpServletRequest request) {
        Optional<Integer> number = HomePage.pageNumber(request.getParameter("page"));
        if (number.isEmpty() || number.get() > timelines.pages(frame.context().store()))
            return Optional.empty();
        return Optional.of(new Representation(MEDIA_TYPE, "svg", () -> frame.render("timeline-file",
            TimelineLayout.layOut(frame.context().store()
                .read(reader -> timelines.read(reader, number.get()).orElseThrow().timeline())))));
    }
}
