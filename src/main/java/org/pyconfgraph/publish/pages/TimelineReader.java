package org.pyconfgraph.publish.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.pyconfgraph.model.IriSpace;
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

    private final IriSpace iris;
    private final Optional<Path> builtIndex;
    private final PageQuery seriesQuery;
    private final PageQuery eventsQuery;
    private final PageQuery linksQuery;
    private TimelineIndex index;

    /** @param builtIndex the release's {@link TimelineIndex} file, if its build wrote one */
    public TimelineReader(IriSpace iris, Optional<Path> builtIndex) {
        this.iris = iris;
        this.builtIndex = builtIndex;
        this.seriesQuery = PageQuery.load("timeline-series-names", iris);
        this.eventsQuery = PageQuery.load("timeline-events", iris);
        this.linksQuery = PageQuery.load("timeline-links", iris);
    }

    /**
     * Page {@code number} (from 1), read in the caller's read of the store; empty if there is no such page (the
     * first always exists). The index gives the page's events and series in order; each is then looked up by IRI.
     */
    public Optional<TimelinePage> read(StoreReader reader, int number) {
        TimelineIndex order = index(reader);
        int pages = pages(order.events());
        if (number < 1 || number > pages) return Optional.empty();
        List<Timeline.Event> shownEvents = eventsQuery
            .select(reader, "event", nodes(order.events((long) (number - 1) * EVENTS_PER_PAGE, EVENTS_PER_PAGE)))
            .stream().map(TimelineReader::event).toList();

        Map<String, Long> editions = new LinkedHashMap<>();
        order.series(0, SERIES_SHOWN).forEach(s -> editions.put(s.iri(), s.number()));
        List<String> tableSeries = List.copyOf(editions.keySet());
        // The series of the page's events that the table does not list get lanes too, after it, by name.
        List<String> laneless = new ArrayList<>();
        for (Timeline.Event event : shownEvents)
            if (event.series() != null && !editions.containsKey(event.series()))
                order.editions(event.series()).ifPresent(n -> {
                    editions.put(event.series(), n);
                    laneless.add(event.series());
                });
        List<Timeline.Series> series = new ArrayList<>(seriesQuery.select(reader, "series", nodes(tableSeries)).stream()
            .map(TimelineReader::series).toList());
        if (!laneless.isEmpty())
            seriesQuery.select(reader, "series", nodes(laneless)).forEach(row -> series.add(series(row)));
        Timeline timeline = new Timeline(series, shownEvents, links(reader, shownEvents, series));
        return Optional.of(new TimelinePage(timeline, number, pages, order.events(), order.series(), tableSeries,
            editions));
    }

    /** How many pages the events of this release fill (at least one). */
    public int pages(GraphStore store) {
        return pages(store.read(this::index).events());
    }

    private static int pages(long events) {
        return (int) Math.max(1, (events + EVENTS_PER_PAGE - 1) / EVENTS_PER_PAGE);
    }

    /**
     * The release's index: opened from its folder, or, for a release without one, computed in this read once
     * (the other first requests wait for it) into a temporary file.
     */
    private synchronized TimelineIndex index(StoreReader reader) {
        if (index == null) index = builtIndex.map(TimelineIndex::open).orElseGet(() -> computed(reader));
        return index;
    }

    private TimelineIndex computed(StoreReader reader) {
        try {
            Path file = Files.createTempFile("pyconf-graph-", "-" + TimelineIndex.FILE);
            file.toFile().deleteOnExit();
            TimelineIndex.write(reader, iris, file);
            return TimelineIndex.open(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the timeline index: " + e.getMessage(), e);
        }
    }

    private static List<Node> nodes(List<String> iris) {
        return iris.stream().map(NodeFactory::createURI).toList();
    }

    private static Binding bound(String variable, String iri) {
        return BindingFactory.binding(Var.alloc(variable), NodeFactory.createURI(iri));
    }

    /** The links from each event and series of the page: one bound lookup each, so the page's size bounds them. */
    private List<Timeline.Link> links(StoreReader reader, List<Timeline.Event> events, List<Timeline.Series> series) {
        Set<String> from = new LinkedHashSet<>();
        events.forEach(e -> from.add(e.iri()));
        series.forEach(s -> from.add(s.iri()));
        Set<Timeline.Link> links = new LinkedHashSet<>();
        for (String iri : from)
            for (Row r : linksQuery.select(reader, bound("from", iri)))
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
