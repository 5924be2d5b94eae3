package org.pyconfgraph.publish.sparql;

import java.util.List;

import org.pyconfgraph.format.RdfFormats;

/** The registry of formats the endpoint promises: what its service description lists and its tests request. */
public final class ResultFormats {
    public static final ResultFormat RESULTS_JSON =
        new ResultFormat("application/sparql-results+json", "SPARQL_Results_JSON", false);
    public static final ResultFormat RESULTS_XML =
        new ResultFormat("application/sparql-results+xml", "SPARQL_Results_XML", false);
    public static final ResultFormat RESULTS_CSV = new ResultFormat("text/csv", "SPARQL_Results_CSV", false);
    public static final ResultFormat RESULTS_TSV =
        new ResultFormat("text/tab-separated-values", "SPARQL_Results_TSV", false);
    public static final ResultFormat TURTLE = new ResultFormat(RdfFormats.TURTLE.mediaType(), "Turtle", true);
    public static final ResultFormat JSONLD = new ResultFormat(RdfFormats.JSONLD.mediaType(), "JSON-LD", true);
    public static final ResultFormat NTRIPLES = new ResultFormat(RdfFormats.NTRIPLES.mediaType(), "N-Triples", true);
    public static final ResultFormat RDFXML = new ResultFormat(RdfFormats.RDFXML.mediaType(), "RDF_XML", true);

    /** For SELECT and ASK. */
    public static final List<ResultFormat> SOLUTIONS = List.of(RESULTS_JSON, RESULTS_XML, RESULTS_CSV, RESULTS_TSV);

    /** For CONSTRUCT and DESCRIBE. */
    public static final List<ResultFormat> GRAPHS = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);

    public static final List<ResultFormat> ALL = List.of(RESULTS_JSON, RESULTS_XML, RESULTS_CSV, RESULTS_TSV,
        TURTLE, JSONLD, NTRIPLES, RDFXML);

    private ResultFormats() {}
}
