package org.pyconfgraph.publish.sparql;

import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The formats the endpoint promises in its service description, by Jena's languages and the names the W3C gives
 * them; the endpoint negotiates over everything Fuseki writes (see {@link ResultFormatRequest}).
 */
public final class ResultFormats {
    public static final ResultFormat RESULTS_JSON = new ResultFormat(ResultSetLang.RS_JSON, "SPARQL_Results_JSON", false);
    public static final ResultFormat RESULTS_XML = new ResultFormat(ResultSetLang.RS_XML, "SPARQL_Results_XML", false);
    public static final ResultFormat RESULTS_CSV = new ResultFormat(ResultSetLang.RS_CSV, "SPARQL_Results_CSV", false);
    public static final ResultFormat RESULTS_TSV = new ResultFormat(ResultSetLang.RS_TSV, "SPARQL_Results_TSV", false);
    public static final ResultFormat TURTLE = new ResultFormat(Lang.TURTLE, "Turtle", true);
    public static final ResultFormat JSONLD = new ResultFormat(Lang.JSONLD, "JSON-LD", true);
    public static final ResultFormat NTRIPLES = new ResultFormat(Lang.NTRIPLES, "N-Triples", true);
    public static final ResultFormat RDFXML = new ResultFormat(Lang.RDFXML, "RDF_XML", true);

    /** For SELECT and ASK. */
    public static final List<ResultFormat> SOLUTIONS = List.of(RESULTS_JSON, RESULTS_XML, RESULTS_CSV, RESULTS_TSV);

    /** For CONSTRUCT and DESCRIBE. */
    public static final List<ResultFormat> GRAPHS = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);

    public static final List<ResultFormat> ALL = List.of(RESULTS_JSON, RESULTS_XML, RESULTS_CSV, RESULTS_TSV,
        TURTLE, JSONLD, NTRIPLES, RDFXML);

    private ResultFormats() {}
}
