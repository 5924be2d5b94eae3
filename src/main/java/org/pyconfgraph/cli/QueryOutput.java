package org.pyconfgraph.cli;

import java.io.OutputStream;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.pyconfgraph.format.RdfFormat;
import org.pyconfgraph.format.RdfFormats;
import org.pyconfgraph.format.RdfWriters;

/**
 * The {@code --format} of {@code query}: SPARQL result formats for SELECT and ASK, RDF formats (written by the
 * release's own writers, so JSON-LD uses the published context) for CONSTRUCT and DESCRIBE.
 */
enum QueryOutput {
    TEXT, JSON, XML, CSV, TSV, TTL, JSONLD, NT, RDFXML;

    /**
     * The SPARQL results language, for SELECT and ASK (null for the RDF formats). Named here rather than held in a
     * field: picocli lists these constants while parsing the command line, which runs beside Jena's start-up and
     * so must not initialise Jena's classes.
     */
    private Lang resultsLang() {
        return switch (this) {
            case TEXT -> ResultSetLang.RS_Text;
            case JSON -> ResultSetLang.RS_JSON;
            case XML -> ResultSetLang.RS_XML;
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            default -> null;
        };
    }

    /** The RDF format, for CONSTRUCT and DESCRIBE (null for the results formats). */
    private RdfFormat rdfFormat() {
        return switch (this) {
            case TTL -> RdfFormats.TURTLE;
            case JSONLD -> RdfFormats.JSONLD;
            case NT -> RdfFormats.NTRIPLES;
            case RDFXML -> RdfFormats.RDFXML;
            default -> null;
        };
    }

    /** The name users type, as picocli lists and matches it. */
    @Override
    public String toString() { return name().toLowerCase(); }

    /** A table for SELECT and ASK, Turtle for CONSTRUCT and DESCRIBE. */
    static QueryOutput defaultFor(Query query) {
        return returnsGraph(query) ? TTL : TEXT;
    }

    void requireFits(Query query) {
        if (returnsGraph(query) != (rdfFormat() != null))
            throw new IllegalArgumentException("--format " + this + " cannot write the result of a " + query.queryType()
                + " query; use " + (returnsGraph(query) ? "ttl, jsonld, nt or rdfxml" : "text, json, xml, csv or tsv"));
    }

    /** Runs the query to its end, writing its results. */
    void write(Query query, QueryExec exec, RdfWriters writers, OutputStream out) {
        if (query.isSelectType() && this == TEXT)
            ResultSetFormatter.out(out, ResultSet.adapt(exec.select()), query.getPrefixMapping());
        else if (query.isSelectType())
            ResultsWriter.create().lang(resultsLang()).write(out, exec.select());
        else if (query.isAskType())
            ResultsWriter.create().lang(resultsLang()).write(out, exec.ask());
        else if (query.isConstructType())
            writers.write(exec.construct(), rdfFormat(), out);
        else if (query.isDescribeType())
            writers.write(exec.describe(), rdfFormat(), out);
        else
            throw new IllegalArgumentException("a " + query.queryType() + " query is not supported here");
    }

    private static boolean returnsGraph(Query query) {
        return query.isConstructType() || query.isDescribeType();
    }
}
