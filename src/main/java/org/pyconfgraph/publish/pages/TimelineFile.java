package org.pyconfgraph.publish.pages;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.pyconfgraph.publish.pages.timeline.TimelineLayout;

/** The home page's timeline as an SVG file of its own, at {@code /timeline.svg}: to download, embed or link. */
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
        return Optional.of(new Representation(MEDIA_TYPE, "svg", () -> frame.render("timeline-file",
            TimelineLayout.layOut(timelines.read(frame.context().store())))));
    }
}
