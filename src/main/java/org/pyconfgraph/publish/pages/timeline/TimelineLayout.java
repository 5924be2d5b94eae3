package org.pyconfgraph.publish.pages.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.pyconfgraph.publish.pages.timeline.Timeline.Relation;
import org.pyconfgraph.publish.pages.timeline.TimelineDrawing.Connector;
import org.pyconfgraph.publish.pages.timeline.TimelineDrawing.EventBox;
import org.pyconfgraph.publish.pages.timeline.TimelineDrawing.LaneBox;
import org.pyconfgraph.publish.pages.timeline.TimelineDrawing.Look;
import org.pyconfgraph.publish.pages.timeline.TimelineDrawing.UndatedColumn;
import org.pyconfgraph.publish.pages.timeline.TimelineDrawing.YearMark;

/**
 * Places the timeline: time runs left to right over whole years, one lane per series (and a last one for events
 * outside any series), each event a bar over exactly the days its dates allow, labelled below. Events that would
 * overlap (bar or label) go to another row of their lane. Geometry only; the {@code timeline-svg} template draws it.
 */
public final class TimelineLayout {
    public static final double WIDTH = 1000;
    /** Width of the lane names left of the plot. */
    static final double GUTTER = 150;
    static final double MARGIN = 16;
    static final double UNDATED_WIDTH = 120;
    static final double AXIS_HEIGHT = 26;
    static final double LANE_PADDING = 8;
    static final double BAR_HEIGHT = 12;
    /** Below the bar's top: the bar, its label, and room before the next row. */
    static final double ROW_HEIGHT = 30;
    /** A one-day event would be a hairline at this scale: it is widened to this, centred on its days. */
    static final double MIN_BAR_WIDTH = 4;
    /** Estimated width of one label character at the labels' font size; labels are not measured. */
    static final double CHAR_WIDTH = 6.4;
    static final double GAP = 10;
    static final double LABEL_OFFSET = 13;
    static final double LEGEND_HEIGHT = 62;
    static final int MAX_LANE_NAME = 16;
    /** Room a year label needs: four digits and a gap; a label every 1, 2, 5 or 10 years, whichever first fits. */
    static final double YEAR_LABEL_WIDTH = 4 * CHAR_WIDTH + 10;
    static final List<Integer> YEAR_LABEL_STEPS = List.of(1, 2, 5, 10);
    static final String OTHER_EVENTS = "Other events";

    private TimelineLayout() {}

    public static TimelineDrawing layOut(Timeline timeline) {
        return new Placement(timeline).drawing();
    }

    /** The state of one layout run. */
    private static final class Placement {
        private final Timeline timeline;
        private final LocalDate axisStart;
        private final LocalDate axisEnd;
        private final double plotRight;
        private final boolean anyUndated;
        private final Map<String, EventBox> boxes = new LinkedHashMap<>();
        private final Map<String, LaneBox> lanes = new LinkedHashMap<>();

        Placement(Timeline timeline) {
            this.timeline = timeline;
            List<Period> periods = timeline.events().stream().map(Timeline.Event::period).filter(Objects::nonNull).toList();
            int firstYear = periods.stream().mapToInt(p -> p.first().getYear()).min().orElse(LocalDate.now().getYear());
            int lastYear = periods.stream().mapToInt(p -> p.end().minusDays(1).getYear()).max().orElse(firstYear);
            this.axisStart = LocalDate.of(firstYear, 1, 1);
            this.axisEnd = LocalDate.of(lastYear + 1, 1, 1);
            this.anyUndated = periods.size() < timeline.events().size();
            this.plotRight = WIDTH - MARGIN - (anyUndated ? UNDATED_WIDTH : 0);
        }

        TimelineDrawing drawing() {
            double y = AXIS_HEIGHT;
            boolean shaded = true;
            for (Lane lane : lanesInOrder()) {
                double height = placeLane(lane, y);
                lanes.put(lane.key(), new LaneBox(lane.iri(), shorten(lane.name()), lane.title(), y, height,
                    round(y + LANE_PADDING + BAR_HEIGHT), shaded, lane.events().isEmpty()));
                y += height;
                shaded = !shaded;
            }
            double plotBottom = round(y);
            UndatedColumn undated = anyUndated
                ? new UndatedColumn(undatedX(), AXIS_HEIGHT, WIDTH - MARGIN - undatedX(), plotBottom - AXIS_HEIGHT) : null;
            return new TimelineDrawing(WIDTH, round(plotBottom + LEGEND_HEIGHT), GUTTER, round(plotRight), AXIS_HEIGHT,
                plotBottom, years(), List.copyOf(lanes.values()), List.copyOf(boxes.values()), connectors(),
                undated, round(plotBottom + 14));
        }

        private double undatedX() { return plotRight + GAP; }

        /** x of the start of a day. */
        double x(LocalDate day) {
            double days = axisEnd.toEpochDay() - axisStart.toEpochDay();
            return GUTTER + (day.toEpochDay() - axisStart.toEpochDay()) / days * (plotRight - GUTTER);
        }

        private List<YearMark> years() {
            double yearWidth = x(axisStart.plusYears(1)) - x(axisStart);
            int step = YEAR_LABEL_STEPS.stream().filter(n -> n * yearWidth >= YEAR_LABEL_WIDTH).findFirst().orElse(10);
            List<YearMark> years = new ArrayList<>();
            for (LocalDate year = axisStart; year.isBefore(axisEnd); year = year.plusYears(1))
                years.add(new YearMark(year.getYear(), round(x(year)), round(x(year.plusYears(1)) - x(year)),
                    year.getYear() % step == 0));
            return years;
        }

        /**
         * Series lanes in the order of their first event (else of the series' own start), then by name; series
         * without any date after those; the events outside any series last.
         */
        private List<Lane> lanesInOrder() {
            Set<String> known = timeline.series().stream().map(Timeline.Series::iri).collect(Collectors.toSet());
            Map<String, List<Timeline.Event>> bySeries = timeline.events().stream()
                .collect(Collectors.groupingBy(e -> e.series() != null && known.contains(e.series()) ? e.series() : "",
                    LinkedHashMap::new, Collectors.toList()));
            List<Lane> lanes = new ArrayList<>();
            for (Timeline.Series series : timeline.series()) {
                List<Timeline.Event> events = bySeries.getOrDefault(series.iri(), List.of());
                LocalDate first = events.stream().map(Timeline.Event::period).filter(Objects::nonNull)
                    .map(Period::first).min(Comparator.naturalOrder())
                    .orElse(series.start() == null ? LocalDate.MAX : series.start().first());
                lanes.add(new Lane(series.iri(), series.name(), series.fullName(), first, events));
            }
            lanes.sort(Comparator.comparing(Lane::first).thenComparing(Lane::name));
            if (bySeries.containsKey(""))
                lanes.add(new Lane(null, OTHER_EVENTS, "Events outside any series", LocalDate.MAX, bySeries.get("")));
            return lanes;
        }

        /** Places a lane's events in rows; returns the lane's height. */
        private double placeLane(Lane lane, double laneY) {
            List<Double> rowEnds = new ArrayList<>();
            List<Timeline.Event> events = new ArrayList<>(lane.events());
            events.sort(Comparator.comparing((Timeline.Event e) -> e.period() == null ? LocalDate.MAX : e.period().first())
                .thenComparing(Timeline.Event::label));
            for (Timeline.Event event : events) {
                double barX;
                double barWidth;
                if (event.period() == null) {
                    barX = undatedX() + GAP;
                    barWidth = BAR_HEIGHT;
                } else {
                    double from = x(event.period().first());
                    double to = x(event.period().end());
                    barWidth = Math.max(to - from, MIN_BAR_WIDTH);
                    barX = (from + to) / 2 - barWidth / 2;
                }
                double labelWidth = event.label().length() * CHAR_WIDTH;
                double limit = event.period() == null ? WIDTH - MARGIN : plotRight;
                boolean labelAtEnd = barX + labelWidth > limit && barX + barWidth - labelWidth >= GUTTER;
                double extentStart = labelAtEnd ? Math.min(barX, barX + barWidth - labelWidth) : barX;
                double extentEnd = labelAtEnd ? barX + barWidth : Math.max(barX + barWidth, barX + labelWidth);
                int row = 0;
                while (row < rowEnds.size() && rowEnds.get(row) + GAP > extentStart) row++;
                if (row == rowEnds.size()) rowEnds.add(extentEnd);
                else rowEnds.set(row, extentEnd);
                double barY = laneY + LANE_PADDING + row * ROW_HEIGHT;
                boxes.put(event.iri(), new EventBox(event.iri(), event.label(),
                    event.period() == null ? "date not given" : event.period().text(), look(event),
                    round(barX), round(barY), round(barWidth), BAR_HEIGHT,
                    round(labelAtEnd ? barX + barWidth : barX), round(barY + BAR_HEIGHT + LABEL_OFFSET), labelAtEnd));
            }
            return 2 * LANE_PADDING + Math.max(1, rowEnds.size()) * ROW_HEIGHT;
        }

        private static Look look(Timeline.Event event) {
            if (event.period() == null) return Look.UNDATED;
            if (event.datedBy() != null) return Look.BORROWED;
            return event.period().precision() == StatedDate.Precision.YEAR ? Look.YEAR : Look.PRECISE;
        }

        private List<Connector> connectors() {
            List<Connector> connectors = new ArrayList<>();
            int laneLinks = 0;
            for (Timeline.Link link : timeline.links()) {
                if (link.relation().betweenSeries()) {
                    LaneBox from = lanes.get(link.from());
                    LaneBox to = lanes.get(link.to());
                    if (from == null || to == null) continue;
                    connectors.add(new Connector(link.relation(), link.from(), link.to(), from.title(), to.title(),
                        laneArc(from, to, laneLinks++)));
                } else {
                    EventBox from = boxes.get(link.from());
                    EventBox to = boxes.get(link.to());
                    if (from == null || to == null) continue;
                    String path = link.relation() == Relation.SUCCESSION ? successionCurve(from, to) : upright(from, to);
                    connectors.add(new Connector(link.relation(), link.from(), link.to(), from.label(), to.label(), path));
                }
            }
            return connectors;
        }

        /** From the end of one edition's bar to the start of the next one's. */
        private static String successionCurve(EventBox from, EventBox to) {
            double x1 = from.right();
            double y1 = from.middleY();
            double x2 = to.x();
            double y2 = to.middleY();
            double pull = Math.max(8, Math.abs(x2 - x1) / 2);
            return path("M %s %s C %s %s, %s %s, %s %s", x1, y1, x1 + pull, y1, x2 - pull, y2, x2, y2);
        }

        /** A vertical line between two events held at the same time (a track and its host, co-located events). */
        private static String upright(EventBox a, EventBox b) {
            EventBox upper = a.y() <= b.y() ? a : b;
            EventBox lower = upper == a ? b : a;
            double left = Math.max(a.x(), b.x());
            double right = Math.min(a.right(), b.right());
            double x = left <= right ? (left + right) / 2 : upper.x() + upper.width() / 2;
            return path("M %s %s V %s", x, upper.y() + upper.height(), lower.y());
        }

        /** An arc left of the lane names, from one series' lane to another's; each further arc reaches further out. */
        private static String laneArc(LaneBox from, LaneBox to, int index) {
            double x = 26;
            double reach = x - 12 - 7 * index;
            double y1 = from.labelY() - 4;
            double y2 = to.labelY() - 4;
            return path("M %s %s C %s %s, %s %s, %s %s", x, y1, reach, y1, reach, y2, x - 2, y2);
        }

        private static String path(String pattern, double... numbers) {
            Object[] formatted = new Object[numbers.length];
            for (int i = 0; i < numbers.length; i++) formatted[i] = String.format(Locale.ROOT, "%.1f", numbers[i]);
            return String.format(Locale.ROOT, pattern, formatted);
        }
    }

    private static String shorten(String name) {
        return name.length() <= MAX_LANE_NAME ? name : name.substring(0, MAX_LANE_NAME - 1) + "…";
    }

    private static double round(double value) { return Math.round(value * 10) / 10.0; }

    /** A lane before placement: its series (null for the events outside any) and when its first event began. */
    private record Lane(String iri, String name, String title, LocalDate first, List<Timeline.Event> events) {
        String key() { return iri == null ? "" : iri; }
    }
}
