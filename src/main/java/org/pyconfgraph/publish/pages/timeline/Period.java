package org.pyconfgraph.publish.pages.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When an event took place: from its start date to its end date, each at its stated precision. Without an end date
 * the period is the start date alone (a month-precision start covers its whole month).
 *
 * @param from the start date
 * @param to   the end date, or null if the source gives none
 */
public record Period(StatedDate from, StatedDate to) {
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    public static Period of(StatedDate from) { return new Period(from, null); }

    /** The first day the period may cover. */
    public LocalDate first() { return from.first(); }

    /** The first day after the period. */
    public LocalDate end() { return to == null ? from.end() : to.end(); }

    public StatedDate.Precision precision() { return from.precision(); }

    /** "June 1996", "2003", "4–7 February 2002", "June 1996 – 1997". */
    public String text() {
        if (to == null || to.equals(from)) return from.text();
        if (from.precision() == StatedDate.Precision.DAY && to.precision() == StatedDate.Precision.DAY
            && from.first().getYear() == to.first().getYear() && from.first().getMonth() == to.first().getMonth())
            return from.first().getDayOfMonth() + "–" + to.first().getDayOfMonth() + " " + MONTH_YEAR.format(to.first());
        return from.text() + " – " + to.text();
    }
}
