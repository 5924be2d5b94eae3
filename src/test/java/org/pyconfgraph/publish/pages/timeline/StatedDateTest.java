package org.pyconfgraph.publish.pages.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Dates keep the precision the source gives: the days they cover, and how they read. */
@DisplayName("A stated date")
class StatedDateTest {

    private static StatedDate read(String lexical, XSDDatatype datatype) {
        return StatedDate.of(NodeFactory.createLiteralDT(lexical, datatype)).orElseThrow();
    }

    @Test
    @DisplayName("as xsd:date covers its day")
    void day() {
        StatedDate date = read("2002-02-04", XSDDatatype.XSDdate);
        assertEquals(StatedDate.Precision.DAY, date.precision());
        assertEquals(LocalDate.of(2002, 2, 4), date.first());
        assertEquals(LocalDate.of(2002, 2, 5), date.end());
        assertEquals("4 February 2002", date.text());
    }

    @Test
    @DisplayName("as xsd:gYearMonth covers its whole month, and names no day")
    void month() {
        StatedDate date = read("1996-02", XSDDatatype.XSDgYearMonth);
        assertEquals(StatedDate.Precision.MONTH, date.precision());
        assertEquals(LocalDate.of(1996, 2, 1), date.first());
        assertEquals(LocalDate.of(1996, 3, 1), date.end());
        assertEquals("February 1996", date.text());
    }

    @Test
    @DisplayName("as xsd:gYear covers its whole year, and names no month")
    void year() {
        StatedDate date = read("2003", XSDDatatype.XSDgYear);
        assertEquals(StatedDate.Precision.YEAR, date.precision());
        assertEquals(LocalDate.of(2003, 1, 1), date.first());
        assertEquals(LocalDate.of(2004, 1, 1), date.end());
        assertEquals("2003", date.text());
    }

    @Test
    @DisplayName("ignores a time zone, and is nothing for other datatypes or unreadable text")
    void otherLiterals() {
        assertEquals(LocalDate.of(2002, 2, 4), read("2002-02-04Z", XSDDatatype.XSDdate).first());
        assertTrue(StatedDate.of(NodeFactory.createLiteralString("1996")).isEmpty());
        assertTrue(StatedDate.of(NodeFactory.createLiteralDT("June", XSDDatatype.XSDgYear)).isEmpty());
        assertTrue(StatedDate.of(NodeFactory.createURI("http://example.org/1996")).isEmpty());
        assertTrue(StatedDate.of((Node) null).isEmpty());
    }

    @Test
    @DisplayName("with an end date makes a period to the end of the end date, read as people write it")
    void periods() {
        Period days = new Period(read("2002-02-04", XSDDatatype.XSDdate), read("2002-02-07", XSDDatatype.XSDdate));
        assertEquals(LocalDate.of(2002, 2, 8), days.end());
        assertEquals("4–7 February 2002", days.text());
        Period mixed = new Period(read("1996-06", XSDDatatype.XSDgYearMonth), read("1997", XSDDatatype.XSDgYear));
        assertEquals(LocalDate.of(1996, 6, 1), mixed.first());
        assertEquals(LocalDate.of(1998, 1, 1), mixed.end());
        assertEquals("June 1996 – 1997", mixed.text());
        assertEquals("June 1996", Period.of(read("1996-06", XSDDatatype.XSDgYearMonth)).text());
    }
}
