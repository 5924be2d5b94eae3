package org.pyconfgraph.publish.pages.timeline;

import java.util.List;

import org.pyconfgraph.publish.pages.timeline.Timeline.Relation;

/**
 * Where everything of the timeline goes, in SVG user units: the output of {@link TimelineLayout}, the input of the
 * {@code timeline-svg} template. Lists are grouped by how they are drawn, so the template styles a group at once.
 *
 * @param plotLeft  where time starts (left of it: the lane names)
 * @param plotRight where time ends (right of it: the column of undated events, if any)
 * @param undated   the column of events with no date, or null if every event has one
 */
public record TimelineDrawing(double width, double height, double plotLeft, double plotRight, double plotTop,
                              double plotBottom, List<YearMark> years, List<LaneBox> lanes, List<EventBox> events,
                              List<Connector> connectors, UndatedColumn undated, double legendY) {

    /**
     * A year of the time axis: its gridline at {@code x}, its label centred over {@code width} if {@code labelled}
     * (over a long span only every 2nd, 5th or 10th year is, so that the labels do not run into each other).
     */
    public record YearMark(int year, double x, double width, boolean labelled) {
        public double labelX() { return Math.round((x + width / 2) * 10) / 10.0; }
    }

    /**
     * One lane: a series, or (iri null) the events outside any series.
     *
     * @param name  the label shown, shortened if long
     * @param title the full label, shown on hover
     * @param empty true if the series has no event in the dataset
     */
    public record LaneBox(String iri, String name, String title, double y, double height, double labelY,
                          boolean shaded, boolean empty) {}

    /**
     * One event's bar and label. {@code x}/{@code width} cover the days its dates allow (never less than a few
     * units, so that a one-day event stays visible, centred on its days).
     *
     * @param look        how the bar is drawn: which group it belongs to
     * @param labelAtEnd  true if the label ends at the bar's right edge (it would leave the plot otherwise)
     */
    public record EventBox(String iri, String label, String dateText, Look look, double x, double y, double width,
                           double height, double labelX, double labelY, boolean labelAtEnd) {
        public double right() { return x + width; }

        public double middleY() { return y + height / 2; }

        public String labelAnchor() { return labelAtEnd ? "end" : "start"; }
    }

    /** How an event's bar looks: by how precisely it is dated. */
    public enum Look {
        /** Dated to the day or the month. */
        PRECISE,
        /** Dated to the year only: the bar covers the whole year. */
        YEAR,
        /** No date of its own: placed at the date of an event it was held with. */
        BORROWED,
        /** No date at all: in the column of undated events. */
        UNDATED
    }

    /** A line between two events or two lanes, as SVG path data. */
    public record Connector(Relation relation, String from, String to, String fromLabel, String toLabel,
                            String path) {}

    /** The column right of the plot that holds events without a date. */
    public record UndatedColumn(double x, double y, double width, double height) {
        public double labelX() { return Math.round((x + width / 2) * 10) / 10.0; }
    }

    public List<EventBox> preciseEvents() { return events(Look.PRECISE); }

    public List<EventBox> yearEvents() { return events(Look.YEAR); }

    public List<EventBox> borrowedEvents() { return events(Look.BORROWED); }

    public List<EventBox> undatedEvents() { return events(Look.UNDATED); }

    public List<Connector> successions() { return connectors(Relation.SUCCESSION); }

    public List<Connector> tracks() { return connectors(Relation.TRACK); }

    public List<Connector> colocations() { return connectors(Relation.COLOCATION); }

    public List<Connector> replacements() { return connectors(Relation.REPLACEMENT); }

    public List<Connector> continuations() { return connectors(Relation.CONTINUATION); }

    private List<EventBox> events(Look look) { return events.stream().filter(e -> e.look() == look).toList(); }

    private List<Connector> connectors(Relation relation) {
        return connectors.stream().filter(c -> c.relation() == relation).toList();
    }
}
