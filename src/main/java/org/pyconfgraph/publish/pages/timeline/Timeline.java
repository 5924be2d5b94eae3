package org.pyconfgraph.publish.pages.timeline;

import java.util.List;

/**
 * What the timeline shows, as read from the store: the series, every event, and the links between them.
 *
 * @param series every series, with or without events
 * @param events every event, with or without a series or a date
 * @param links  succession and co-location between events, replacement and continuation between series
 */
public record Timeline(List<Series> series, List<Event> events, List<Link> links) {

    /**
     * @param name     what the lane is labelled with: the short name (e.g. "IPC") if the series has one
     * @param fullName the series' label
     * @param start    when the series began, if the source says
     */
    public record Series(String iri, String name, String fullName, StatedDate start) {}

    /**
     * @param series   the series' IRI, or null for an event outside any series
     * @param period   when it took place, or null if neither it nor an event it was held with is dated
     * @param datedBy  if the event's period is that of another event it was held with (it has no date of its
     *                 own), that event's IRI; else null
     * @param place    the source's words for the venue, or null
     */
    public record Event(String iri, String label, String series, Period period, String datedBy, String place) {}

    public record Link(Relation relation, String from, String to) {}

    /** The relations the timeline draws, and how a sentence names each. */
    public enum Relation {
        SUCCESSION("succeeded by"),
        TRACK("was a track of"),
        COLOCATION("was co-located with"),
        REPLACEMENT("replaced by"),
        CONTINUATION("continued as a track of");

        private final String phrase;

        Relation(String phrase) { this.phrase = phrase; }

        public String phrase() { return phrase; }

        /** Replacement and continuation relate series (lanes); the others relate events. */
        public boolean betweenSeries() { return this == REPLACEMENT || this == CONTINUATION; }
    }
}
