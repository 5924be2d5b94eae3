package org.pyconfgraph.publish.pages.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * A date at the precision the source states it, and the days it covers: a day covers itself, a month (xsd:gYearMonth)
 * its whole month, a year (xsd:gYear) its whole year. No day is made up for a month or a year.
 */
public record StatedDate(Precision precision, LocalDate first, LocalDate last) {

    /** How precisely the source dates something; coarser precisions cover more days. */
    public enum Precision { DAY, MONTH, YEAR }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public static StatedDate day(LocalDate day) { return new StatedDate(Precision.DAY, day, day); }

    public static StatedDate month(YearMonth month) {
        return new StatedDate(Precision.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static StatedDate year(int year) {
        return new StatedDate(Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Reads an xsd:date, xsd:gYearMonth or xsd:gYear literal (a time zone, if any, is ignored); empty otherwise. */
    public static Optional<StatedDate> of(Node literal) {
        if (literal == null || !literal.isLiteral()) return Optional.empty();
        String lexical = literal.getLiteralLexicalForm().trim();
        String datatype = literal.getLiteralDatatypeURI();
        try {
            if (XSDDatatype.XSDdate.getURI().equals(datatype))
                return Optional.of(day(LocalDate.parse(lexical.substring(0, 10))));
            if (XSDDatatype.XSDgYearMonth.getURI().equals(datatype))
                return Optional.of(month(YearMonth.parse(lexical.substring(0, 7))));
            if (XSDDatatype.XSDgYear.getURI().equals(datatype))
                return Optional.of(year(Integer.parseInt(lexical.substring(0, 4))));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The first day after the days covered. */
    public LocalDate end() { return last.plusDays(1); }

    /** The date as people write it at its precision: "4 February 2002", "June 1996", "2003". */
    public String text() {
        return switch (precision) {
            case DAY -> DAY.format(first);
            case MONTH -> MONTH.format(first);
            case YEAR -> Integer.toString(first.getYear());
        };
    }
}
