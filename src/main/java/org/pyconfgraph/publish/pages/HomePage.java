package org.pyconfgraph.publish.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.pyconfgraph.publish.pages.PageQuery.Row;
import org.pyconfgraph.publish.pages.timeline.Timeline;
import org.pyconfgraph.publish.pages.timeline.Timeline.Relation;
import org.pyconfgraph.publish.pages.timeline.TimelineDrawing;
import org.pyconfgraph.publish.pages.timeline.TimelineLayout;
import org.pyconfgraph.publish.pages.timeline.TimelinePage;

/**
 * The home page at {@code /}: what the dataset is, the timeline of the events (inline SVG), the series, the
 * events as a table (the timeline's text alternative), and the ways into the data. The events come in pages of
 * {@value TimelineReader#EVENTS_PER_PAGE} ({@code /?page=2}, ...) and the series table is capped, so that the page
 * stays the same size however many events the store holds; the bundled data fits on the first page.
 */
final class HomePage extends ReleaseServlet {
    static final String PATH = "";
    private static final String TITLE = "The history of Python conferences";

    private final TimelineReader timelines;
    private final PageQuery datasetQuery;

    HomePage(PageFrame frame, TimelineReader timelines) {
        super(frame);
        this.timelines = timelines;
        this.datasetQuery = PageQuery.load("dataset-description", frame.context().iris());
    }

    @Override
    protected Optional<Representation> represent(HttpServletRequest request) {
        Optional<Integer> number = pageNumber(request.getParameter("page"));
        if (number.isEmpty() || number.get() > timelines.pages(frame.context().store()))
            return Optional.empty();
        return Optional.of(Representation.html(() -> frame.page("home", TITLE, content(number.get()))));
    }

    /** One read: what the page shows comes from one snapshot of the store. */
    private Content content(int number) {
        return frame.context().store().read(reader -> {
            TimelinePage page = timelines.read(reader, number).orElseThrow();
            Row dataset = datasetQuery.select(reader).get(0);
            return new Content(new Dataset(dataset.text("title"), dataset.text("description"),
                dataset.text("modified"), dataset.iri("license")), TimelineLayout.layOut(page.timeline()),
                seriesRows(page), page.series(), eventRows(page.timeline()), page.events(), Pager.of(page));
        });
    }

    /** The {@code page} parameter: absent is the first page; anything but a page number is no page. */
    static Optional<Integer> pageNumber(String parameter) {
        if (parameter == null) return Optional.of(1);
        return parameter.matches("[1-9][0-9]{0,8}") ? Optional.of(Integer.valueOf(parameter)) : Optional.empty();
    }

    /**
     * @param timeline   the picture, drawn by the {@code timeline-svg} partial
     * @param series     the series (at most {@link TimelineReader#SERIES_SHOWN}) with their editions and the series
     *                   they replaced or were replaced by
     * @param seriesCount how many series there are in all
     * @param events     this page's events, in order of date (undated last)
     * @param eventCount how many events there are in all
     * @param pager      links to the other pages, if there are any
     */
    record Content(Dataset dataset, TimelineDrawing timeline, List<SeriesRow> series, long seriesCount,
                   List<EventRow> events, long eventCount, Pager pager) {
        /** Whether there are more series than the table lists. */
        public boolean moreSeries() { return seriesCount > series.size(); }

        public int shownSeries() { return series.size(); }
    }

    /**
     * Where this page is among the pages of events.
     *
     * @param query    the query string of this page's URLs, e.g. {@code ?page=2}; empty on the first page
     * @param previous the previous page, or null on the first
     * @param next     the next page, or null on the last
     */
    record Pager(int number, int pages, long first, long last, long events, String query, PageLink previous,
                 PageLink next) {
        static Pager of(TimelinePage page) {
            long first = (long) (page.number() - 1) * TimelineReader.EVENTS_PER_PAGE + 1;
            return new Pager(page.number(), page.pages(), first, first + page.timeline().events().size() - 1,
                page.events(), query(page.number()),
                page.number() > 1 ? new PageLink(query(page.number() - 1)) : null,
                page.number() < page.pages() ? new PageLink(query(page.number() + 1)) : null);
        }

        static String query(int number) { return number == 1 ? "" : "?page=" + number; }

        public boolean paged() { return pages > 1; }
    }

    /** @param query the query string of a page's URL, relative to the base (empty for the first page) */
    record PageLink(String query) {}

    record Dataset(String title, String description, String modified, String license) {}

    record Named(String iri, String label) {}

    /** @param name the short name, if the series has one besides its full name */
    record SeriesRow(String iri, String name, String fullName, String start, long editions, List<Named> replacedBy,
                     List<Named> replaces, List<Named> continuedAsTrackOf) {}

    /** @param notes how the event relates to others besides succession, e.g. "track of OSCON 2003" */
    record EventRow(String iri, String label, Named series, String date, String place, List<Note> notes) {}

    record Note(String phrase, Named other) {}

    private static List<SeriesRow> seriesRows(TimelinePage page) {
        Timeline timeline = page.timeline();
        Map<String, Named> names = timeline.series().stream()
            .collect(Collectors.toMap(Timeline.Series::iri, s -> new Named(s.iri(), s.name())));
        return timeline.series().stream()
            .filter(s -> page.tableSeries().contains(s.iri()))
            .sorted(Comparator.comparing(Timeline.Series::fullName))
            .map(s -> new SeriesRow(s.iri(), s.name().equals(s.fullName()) ? null : s.name(), s.fullName(),
                s.start() == null ? null : s.start().text(), page.editions().get(s.iri()),
                linked(timeline, Relation.REPLACEMENT, s.iri(), true, names),
                linked(timeline, Relation.REPLACEMENT, s.iri(), false, names),
                linked(timeline, Relation.CONTINUATION, s.iri(), true, names)))
            .toList();
    }

    private static List<EventRow> eventRows(Timeline timeline) {
        Map<String, Named> series = timeline.series().stream()
            .collect(Collectors.toMap(Timeline.Series::iri, s -> new Named(s.iri(), s.name())));
        Map<String, Named> events = timeline.events().stream()
            .collect(Collectors.toMap(Timeline.Event::iri, e -> new Named(e.iri(), e.label())));
        return timeline.events().stream()
            .sorted(Comparator.comparing((Timeline.Event e) -> e.period() == null ? "~" : e.period().first().toString())
                .thenComparing(Timeline.Event::label))
            .map(e -> new EventRow(e.iri(), e.label(), series.get(e.series()), date(e, events), e.place(),
                notes(timeline, e.iri(), events)))
            .toList();
    }

    private static String date(Timeline.Event event, Map<String, Named> events) {
        if (event.period() == null) return "not given";
        Named datedBy = event.datedBy() == null ? null : events.get(event.datedBy());
        return event.period().text() + (datedBy == null ? "" : " (the date of " + datedBy.label() + ")");
    }

    private static List<Note> notes(Timeline timeline, String event, Map<String, Named> events) {
        List<Note> notes = new ArrayList<>();
        for (Timeline.Link link : timeline.links()) {
            if (link.relation() == Relation.TRACK) {
                if (link.from().equals(event)) notes.add(new Note("track of", events.get(link.to())));
                if (link.to().equals(event)) notes.add(new Note("with the track", events.get(link.from())));
            } else if (link.relation() == Relation.COLOCATION) {
                if (link.from().equals(event)) notes.add(new Note("co-located with", events.get(link.to())));
                if (link.to().equals(event)) notes.add(new Note("co-located with", events.get(link.from())));
            }
        }
        notes.removeIf(n -> n.other() == null);
        return notes;
    }

    /** The series linked to {@code series} by {@code relation}, following it forwards or backwards. */
    private static List<Named> linked(Timeline timeline, Relation relation, String series, boolean forwards,
                                      Map<String, Named> names) {
        Function<Timeline.Link, String> near = forwards ? Timeline.Link::from : Timeline.Link::to;
        Function<Timeline.Link, String> far = forwards ? Timeline.Link::to : Timeline.Link::from;
        return timeline.links().stream()
            .filter(l -> l.relation() == relation && near.apply(l).equals(series) && names.containsKey(far.apply(l)))
            .map(l -> names.get(far.apply(l)))
            .toList();
    }
}
