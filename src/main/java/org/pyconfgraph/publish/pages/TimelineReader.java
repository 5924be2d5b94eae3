package org.pyconfgraph.publish.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.http.ReleaseCache;
import org.pyconfgraph.publish.pages.PageQuery.Row;
import org.pyconfgraph.publish.pages.timeline.Period;
import org.pyconfgraph.publish.pages.timeline.StatedDate;
import org.pyconfgraph.publish.pages.timeline.Timeline;
import org.pyconfgraph.publish.pages.timeline.TimelinePage;
import org.pyconfgraph.store.GraphStore;
import org.pyconfgraph.store.StoreReader;

/**
 * Reads one page of the timeline from the store ({@code pages/timeline-*.rq}): its events, the series it draws
 * lanes for, the links between them. A page holds at most {@value #EVENTS_PER_PAGE} events and the series table at
 * most {@value #SERIES_SHOWN} series, whatever the size of the store.
 */
public final class TimelineReader {
    /** Events on one page, in order of date; the bundled data's fit on the first. */
    public static final int EVENTS_PER_PAGE = 100;
    /** Series the home page's table lists, in order of name; the page's lanes add those of its events. */
    public static final int SERIES_SHOWN = 100;
    private static final Comparator<Timeline.Link> LINK_ORDER = Comparator
        .comparing((Timeline.Link l) -> l.relation().name()).thenComparing(Timeline.Link::from)
        .thenComparing(Timeline.Link::to);

    private final PageQuery countQuery;
    private final PageQuery seriesQuery;
    private final PageQuery eventsQuery;
    private final PageQuery linksQuery;
    private final ReleaseCache<Integer> pageCounts = new ReleaseCache<>(1);

    public TimelineReader(IriSpace iris) {
        this.countQuery = PageQuery.load("timeline-count", iris);
        this.seriesQuery = PageQuery.load("timeline-series", iris);
        this.eventsQuery = PageQuery.load("timeline-events", iris);
        this.linksQuery = PageQuery.load("timeline-links", iris);
    }

    /**
     * Page {@code number} (from 1), read in the caller's read of the store; empty if there is no such page (the
     * first always exists).
     */
    public Optional<TimelinePage> read(StoreReader reader, int number) {
        Row counts = countQuery.select(reader).get(0);
        long events = Long.parseLong(counts.text("events"));
        int pages = pages(events);
        if (number < 1 || number > pages) return Optional.empty();
        List<Timeline.Event> shownEvents = eventsQuery
            .select(reader, (long) (number - 1) * EVENTS_PER_PAGE, EVENTS_PER_PAGE).stream()
            .map(TimelineReader::event).toList();

        Map<String, Row> seriesRows = new LinkedHashMap<>();
        seriesQuery.select(reader, 0, SERIES_SHOWN).forEach(row -> seriesRows.put(row.iri("series"), row));
        List<String> tableSeries = List.copyOf(seriesRows.keySet());
        Set<Node> laneless = new LinkedHashSet<>();
        for (Timeline.Event event : shownEvents)
            if (event.series() != null && !seriesRows.containsKey(event.series()))
                laneless.add(NodeFactory.createURI(event.series()));
        if (!laneless.isEmpty())
            seriesQuery.select(reader, "series", laneless).forEach(row -> seriesRows.put(row.iri("series"), row));

        Map<String, Long> editions = new LinkedHashMap<>();
        seriesRows.forEach((iri, row) -> editions.put(iri, Long.parseLong(row.text("editions"))));
        List<Timeline.Series> series = seriesRows.values().stream().map(TimelineReader::series).toList();
        Timeline timeline = new Timeline(series, shownEvents, links(reader, shownEvents, series));
        return Optional.of(new TimelinePage(timeline, number, pages, events, Long.parseLong(counts.text("series")),
            tableSeries, editions));
    }

    /** How many pages the events of this release fill (at least one): counted once per release, not per request. */
    public int pages(GraphStore store, String releaseId) {
        return pageCounts.get(releaseId, "pages",
            () -> pages(Long.parseLong(store.read(countQuery::select).get(0).text("events"))));
    }

    private static int pages(long events) {
        return (int) Math.max(1, (events + EVENTS_PER_PAGE - 1) / EVENTS_PER_PAGE);
    }

    /** The links from each event and series of the page: one bound lookup each, so the page's size bounds them. */
    private List<Timeline.Link> links(StoreReader reader, List<Timeline.Event> events, List<Timeline.Series> series) {
        Set<String> from = new LinkedHashSet<>();
        events.forEach(e -> from.add(e.iri()));
        series.forEach(s -> from.add(s.iri()));
        Var fromVar = Var.alloc("from");
        Set<Timeline.Link> links = new LinkedHashSet<>();
        for (String iri : from)
            for (Row r : linksQuery.select(reader, BindingFactory.binding(fromVar, NodeFactory.createURI(iri))))
                links.add(new Timeline.Link(Timeline.Relation.valueOf(r.text("relation")), iri, r.iri("to")));
        List<Timeline.Link> ordered = new ArrayList<>(links);
        ordered.sort(LINK_ORDER);
        return ordered;
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
