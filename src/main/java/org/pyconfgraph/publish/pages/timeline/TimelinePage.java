package org.pyconfgraph.publish.pages.timeline;

import java.util.List;
import java.util.Map;

/**
 * One page of the timeline and of the home page's tables.
 *
 * @param timeline    the page's events, the lanes they need and the links among them
 * @param number      this page's number, from 1
 * @param pages       how many pages the events fill
 * @param events      how many events there are in all
 * @param series      how many series there are in all
 * @param tableSeries the IRIs of the series the table lists (at most {@link TimelineReader#SERIES_SHOWN})
 * @param editions    per series of the timeline, how many editions it has in all
 */
public record TimelinePage(Timeline timeline, int number, int pages, long events, long series,
                           List<String> tableSeries, Map<String, Long> editions) {}
