package org.pyconfgraph.publish.pages.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.publish.pages.TimelineReader;
import org.pyconfgraph.publish.pages.timeline.Timeline.Relation;
import org.pyconfgraph.publish.pages.timeline.TimelineDrawing.EventBox;
import org.pyconfgraph.publish.pages.timeline.TimelineDrawing.LaneBox;
import org.pyconfgraph.publish.pages.timeline.TimelineDrawing.Look;
import org.pyconfgraph.testing.BundledRelease;

/** Dates become x, series become lanes; what the timeline draws follows from the data alone. */
@DisplayName("The timeline layout")
class TimelineLayoutTest {
    private static final String IPC = "s:ipc";
    private static final String PYCON = "s:pycon";

    private static Timeline.Series series(String iri, String name) { return new Timeline.Series(iri, name, name, null); }

    private static Timeline.Event event(String iri, String series, Period period) {
        return new Timeline.Event(iri, iri, series, period, null, null);
    }

    private static Period month(int year, int month) { return Period.of(StatedDate.month(YearMonth.of(year, month))); }

    private static Period year(int year) { return Period.of(StatedDate.year(year)); }

    private static Map<String, EventBox> boxes(TimelineDrawing drawing) {
        return drawing.events().stream().collect(Collectors.toMap(EventBox::iri, Function.identity()));
    }

    /** x of the start of a day, from the drawing's own axis: the year marks say where each 1 January is. */
    private static double x(TimelineDrawing drawing, LocalDate day) {
        TimelineDrawing.YearMark first = drawing.years().get(0);
        LocalDate axisStart = LocalDate.of(first.year(), 1, 1);
        LocalDate axisEnd = axisStart.plusYears(drawing.years().size());
        double perDay = (drawing.plotRight() - drawing.plotLeft()) / ChronoUnit.DAYS.between(axisStart, axisEnd);
        return drawing.plotLeft() + ChronoUnit.DAYS.between(axisStart, day) * perDay;
    }

    @Nested
    @DisplayName("places each event over the days its dates allow")
    class Dates {
        private final TimelineDrawing drawing = TimelineLayout.layOut(new Timeline(List.of(series(IPC, "IPC")), List.of(
            event("june", IPC, month(1996, 6)),
            event("year", IPC, year(1998)),
            event("days", IPC, new Period(StatedDate.day(LocalDate.of(1997, 2, 4)), StatedDate.day(LocalDate.of(1997, 2, 7)))),
            event("months", IPC, new Period(StatedDate.month(YearMonth.of(1997, 9)), StatedDate.month(YearMonth.of(1997, 10))))),
            List.of()));
        private final Map<String, EventBox> boxes = boxes(drawing);

        @Test
        @DisplayName("over whole years, from the first event's year to the last one's")
        void axis() {
            assertEquals(List.of(1996, 1997, 1998), drawing.years().stream().map(TimelineDrawing.YearMark::year).toList());
            assertEquals(drawing.plotLeft(), drawing.years().get(0).x(), 0.1);
            assertEquals(drawing.plotRight(), drawing.years().get(2).x() + drawing.years().get(2).width(), 0.2);
        }

        @Test
        @DisplayName("labels every year when there is room, and over three decades only so many that no two touch")
        void yearLabels() {
            assertTrue(drawing.years().stream().allMatch(TimelineDrawing.YearMark::labelled));
            TimelineDrawing long_ = TimelineLayout.layOut(new Timeline(List.of(series(IPC, "IPC")), List.of(
                event("first", IPC, year(1994)), event("last", IPC, year(2026))), List.of()));
            List<TimelineDrawing.YearMark> labelled = long_.years().stream().filter(TimelineDrawing.YearMark::labelled).toList();
            assertTrue(labelled.size() >= 4 && labelled.size() < long_.years().size(), labelled::toString);
            for (int i = 1; i < labelled.size(); i++)
                assertTrue(labelled.get(i).labelX() - labelled.get(i - 1).labelX() >= 4 * TimelineLayout.CHAR_WIDTH + 4,
                    labelled.get(i)::toString);
        }

        @Test
        @DisplayName("a month-precision date over its whole month, not a made-up day")
        void monthPrecision() {
            EventBox june = boxes.get("june");
            assertEquals(x(drawing, LocalDate.of(1996, 6, 1)), june.x(), 0.1);
            assertEquals(x(drawing, LocalDate.of(1996, 7, 1)), june.right(), 0.1);
            assertEquals(Look.PRECISE, june.look());
        }

        @Test
        @DisplayName("a year-precision date over its whole year, drawn as such")
        void yearPrecision() {
            EventBox year = boxes.get("year");
            TimelineDrawing.YearMark mark = drawing.years().get(2);
            assertEquals(mark.x(), year.x(), 0.1);
            assertEquals(mark.width(), year.width(), 0.2);
            assertEquals(Look.YEAR, year.look());
        }

        @Test
        @DisplayName("from the start of the start date to the end of the end date")
        void periods() {
            EventBox months = boxes.get("months");
            assertEquals(x(drawing, LocalDate.of(1997, 9, 1)), months.x(), 0.1);
            assertEquals(x(drawing, LocalDate.of(1997, 11, 1)), months.right(), 0.1);
        }

        @Test
        @DisplayName("a few days as a bar still visible, centred on those days")
        void days() {
            EventBox days = boxes.get("days");
            double from = x(drawing, LocalDate.of(1997, 2, 4));
            double to = x(drawing, LocalDate.of(1997, 2, 8));
            assertTrue(to - from < TimelineLayout.MIN_BAR_WIDTH, "four days are narrower than the least bar");
            assertEquals(TimelineLayout.MIN_BAR_WIDTH, days.width(), 0.1);
            assertEquals((from + to) / 2, days.x() + days.width() / 2, 0.1);
        }

        @Test
        @DisplayName("in order of time: a later date is further right")
        void order() {
            assertTrue(boxes.get("june").x() < boxes.get("days").x());
            assertTrue(boxes.get("days").x() < boxes.get("months").x());
            assertTrue(boxes.get("months").x() < boxes.get("year").x());
        }
    }

    @Nested
    @DisplayName("gives every series a lane")
    class Lanes {
        private final TimelineDrawing drawing = TimelineLayout.layOut(new Timeline(
            List.of(series(PYCON, "PyCon"), series("s:uk", "PythonUK"), series(IPC, "IPC")),
            List.of(event("pycon-2003", PYCON, year(2003)), event("python4", IPC, month(1996, 6)),
                event("fedunix", null, month(1996, 11)), event("python5", IPC, month(1996, 11))),
            List.of()));
        private final Map<String, EventBox> boxes = boxes(drawing);

        @Test
        @DisplayName("ordered by first event; a series without events after those; events outside any series last")
        void order() {
            assertEquals(List.of("IPC", "PyCon", "PythonUK", TimelineLayout.OTHER_EVENTS),
                drawing.lanes().stream().map(LaneBox::name).toList());
            assertNull(drawing.lanes().get(3).iri());
            assertTrue(drawing.lanes().get(2).empty());
        }

        @Test
        @DisplayName("stacked without gaps, each event inside its own lane")
        void stacking() {
            List<LaneBox> lanes = drawing.lanes();
            for (int i = 1; i < lanes.size(); i++)
                assertEquals(lanes.get(i - 1).y() + lanes.get(i - 1).height(), lanes.get(i).y(), 0.1);
            assertInside(lanes.get(0), boxes.get("python4"));
            assertInside(lanes.get(0), boxes.get("python5"));
            assertInside(lanes.get(1), boxes.get("pycon-2003"));
            assertInside(lanes.get(3), boxes.get("fedunix"));
            assertEquals(drawing.plotBottom(), lanes.get(3).y() + lanes.get(3).height(), 0.1);
        }

        private static void assertInside(LaneBox lane, EventBox box) {
            assertTrue(box.y() >= lane.y() && box.labelY() <= lane.y() + lane.height(), box + " in " + lane);
        }
    }

    @Test
    @DisplayName("puts events whose bars or labels would overlap in separate rows of their lane")
    void rows() {
        TimelineDrawing drawing = TimelineLayout.layOut(new Timeline(List.of(series(IPC, "IPC")), List.of(
            event("Python Workshop 4", IPC, month(1996, 6)), event("Python Workshop 5", IPC, month(1996, 8)),
            event("Python6", IPC, month(2003, 10))), List.of()));
        Map<String, EventBox> boxes = boxes(drawing);
        assertNotEquals(boxes.get("Python Workshop 4").y(), boxes.get("Python Workshop 5").y());
        assertEquals(boxes.get("Python Workshop 4").y(), boxes.get("Python6").y());
        assertEquals(2 * TimelineLayout.LANE_PADDING + 2 * TimelineLayout.ROW_HEIGHT, drawing.lanes().get(0).height(), 0.1);
    }

    @Test
    @DisplayName("places an event dated by another it was held with at that date, drawn as borrowed")
    void borrowedDate() {
        Period november = month(1996, 11);
        TimelineDrawing drawing = TimelineLayout.layOut(new Timeline(List.of(series(IPC, "IPC")), List.of(
            event("python5", IPC, november), new Timeline.Event("fedunix", "FedUnix", null, november, "python5", null)),
            List.of(new Timeline.Link(Relation.COLOCATION, "fedunix", "python5"))));
        Map<String, EventBox> boxes = boxes(drawing);
        assertEquals(Look.BORROWED, boxes.get("fedunix").look());
        assertEquals(boxes.get("python5").x(), boxes.get("fedunix").x(), 0.1);
        String path = drawing.colocations().get(0).path();
        assertTrue(path.matches("M [\\d.]+ [\\d.]+ V [\\d.]+"), "a vertical line: " + path);
    }

    @Test
    @DisplayName("keeps events without any date in a column right of the time axis")
    void undated() {
        TimelineDrawing drawing = TimelineLayout.layOut(new Timeline(List.of(series(IPC, "IPC")), List.of(
            event("python4", IPC, month(1996, 6)), event("mystery", IPC, null)), List.of()));
        EventBox mystery = boxes(drawing).get("mystery");
        assertEquals(Look.UNDATED, mystery.look());
        assertTrue(mystery.x() > drawing.plotRight());
        assertTrue(mystery.right() <= drawing.width());
        assertEquals("date not given", mystery.dateText());
        assertTrue(drawing.undated().x() > drawing.plotRight());
    }

    @Test
    @DisplayName("has no column for undated events when every event has a date")
    void noUndatedColumn() {
        TimelineDrawing drawing = TimelineLayout.layOut(new Timeline(List.of(series(IPC, "IPC")),
            List.of(event("python4", IPC, month(1996, 6))), List.of()));
        assertNull(drawing.undated());
        assertEquals(drawing.width() - TimelineLayout.MARGIN, drawing.plotRight(), 0.1);
    }

    @Test
    @DisplayName("joins editions from the end of one bar to the start of the next, and series lane to lane")
    void connectors() {
        TimelineDrawing drawing = TimelineLayout.layOut(new Timeline(List.of(series(IPC, "IPC"), series(PYCON, "PyCon")),
            List.of(event("python9", IPC, month(2001, 3)), event("python10", IPC, month(2002, 2)),
                event("pycon-2003", PYCON, year(2003))),
            List.of(new Timeline.Link(Relation.SUCCESSION, "python9", "python10"),
                new Timeline.Link(Relation.REPLACEMENT, IPC, PYCON),
                new Timeline.Link(Relation.SUCCESSION, "python10", "not-an-event"))));
        Map<String, EventBox> boxes = boxes(drawing);
        assertEquals(1, drawing.successions().size(), "a link to something not drawn is left out");
        String succession = drawing.successions().get(0).path();
        assertTrue(succession.startsWith(String.format(java.util.Locale.ROOT, "M %.1f %.1f C",
            boxes.get("python9").right(), boxes.get("python9").middleY())), succession);
        assertTrue(succession.endsWith(String.format(java.util.Locale.ROOT, "%.1f %.1f",
            boxes.get("python10").x(), boxes.get("python10").middleY())), succession);
        TimelineDrawing.Connector replacement = drawing.replacements().get(0);
        assertEquals(IPC, replacement.from());
        assertEquals(PYCON, replacement.to());
        assertTrue(replacement.path().endsWith(String.format(java.util.Locale.ROOT, "%.1f",
            drawing.lanes().get(1).labelY() - 4)), replacement.path());
    }

    @Test
    @DisplayName("shortens long lane names, keeping the full name for the title")
    void longNames() {
        String name = "A Very Long Conference Series Name";
        TimelineDrawing drawing = TimelineLayout.layOut(new Timeline(List.of(series(IPC, name)),
            List.of(event("e", IPC, year(2000))), List.of()));
        LaneBox lane = drawing.lanes().get(0);
        assertEquals(TimelineLayout.MAX_LANE_NAME, lane.name().length());
        assertTrue(lane.name().endsWith("…"));
        assertEquals(name, lane.title());
    }

    @Test
    @DisplayName("draws the dataset with every event, and no two bars or labels overlapping in a row")
    void theDataset() {
        Timeline timeline = BundledRelease.store()
            .read(reader -> new TimelineReader(BundledRelease.iris(), Optional.empty()).read(reader, 1).orElseThrow().timeline());
        TimelineDrawing drawing = TimelineLayout.layOut(timeline);
        assertEquals(timeline.events().size(), drawing.events().size());
        List<EventBox> boxes = new ArrayList<>(drawing.events());
        for (EventBox a : boxes)
            for (EventBox b : boxes)
                if (a != b && a.y() == b.y())
                    assertFalse(extentStart(a) < extentEnd(b) && extentStart(b) < extentEnd(a), a.label() + " / " + b.label());
        assertTrue(boxes.stream().allMatch(b -> b.x() >= drawing.plotLeft() && b.right() <= drawing.width()));
    }

    private static double extentStart(EventBox box) {
        return Math.min(box.x(), box.labelAtEnd() ? box.labelX() - labelWidth(box) : box.labelX());
    }

    private static double extentEnd(EventBox box) {
        return Math.max(box.right(), box.labelAtEnd() ? box.labelX() : box.labelX() + labelWidth(box));
    }

    private static double labelWidth(EventBox box) { return box.label().length() * TimelineLayout.CHAR_WIDTH; }
}
