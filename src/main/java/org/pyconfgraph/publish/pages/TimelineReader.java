package org.pyconfgraph.publish.pages;

import java.util.List;
import java.util.Optional;

import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.pages.PageQuery.Row;
import org.pyconfgraph.publish.pages.timeline.Period;
import org.pyconfgraph.publish.pages.timeline.StatedDate;
import org.pyconfgraph.publish.pages.timeline.Timeline;
import org.pyconfgraph.store.GraphStore;

/** Reads the timeline's series, events and links from the store ({@code pages/timeline-*.rq}). */
public final class TimelineReader {
    private final PageQuery seriesQuery;
    private final PageQuery eventsQuery;
    private final PageQuery linksQuery;

    public TimelineReader(IriSpace iris) {
        this.seriesQuery = PageQuery.load("timeline-series", iris);
        this.eventsQuery = PageQuery.load("timeline-events", iris);
        this.linksQuery = PageQuery.load("timeline-links", iris);
    }

    public Timeline read(GraphStore store) {
        List<Timeline.Series> series = seriesQuery.select(store).stream().map(TimelineReader::series).toList();
        List<Timeline.Event> events = eventsQuery.select(store).stream().map(TimelineReader::event).toList();
        List<Timeline.Link> links = linksQuery.select(store).stream()
            .map(r -> new Timeline.Link(Timeline.Relation.valueOf(r.text("relation")), r.iri("from"), r.iri("to")))
            .toList();
        return new Timeline(series, events, links);
    }

    private static Timeline.Series series(Row row) {
        String label = orElse(row.text("label"), row.iri("series"));
        String altLabel = row.text("altLabel");
        String name = altLabel != null && altLabel.length() < label.length() ? altLabel : label;
        return new Timeline.Series(row.iri("series"), name, label, StatedDate.of(row.node("start")).orElse(null));
    }

    private static Timeline.Event event(Row row) {
        Optional<StatedDate> start = StatedDate.of(row.node("start"));
        Period period = start.map(s -> new Period(s, StatedDate.of(row.node("end")).orElse(null)))
            .or(() -> StatedDate.of(row.node("datedByStart"))
                .map(s -> new Period(s, StatedDate.of(row.node("datedByEnd")).orElse(null))))
            .orElse(null);
        String datedBy = start.isEmpty() && period != null ? row.iri("datedBy") : null;
        return new Timeline.Event(row.iri("event"), orElse(row.text("label"), row.iri("event")), row.iri("series"),
            period, datedBy, row.text("place"));
    }

    private static String orElse(String value, String fallback) { return value != null ? value : fallback; }
}
