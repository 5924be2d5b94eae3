package org.pyconfgraph.model;

import java.util.List;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;

/** Namespaces of the vocabularies we use and align to: the one place their IRIs are written. */
public final class Vocabularies {
    public static final String SCHEMA = "http://schema.org/";
    /** The context schema.org publishes for its terms, as search engines expect it in embedded JSON-LD. */
    public static final String SCHEMA_CONTEXT = "https://schema.org";
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    public static final String WIKIDATA_PROP = "http://www.wikidata.org/prop/direct/";
    public static final String GEONAMES = "https://sws.geonames.org/";
    public static final String DBPEDIA = "http://dbpedia.org/resource/";
    public static final String SWC = "http://data.semanticweb.org/ns/swc/ontology#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    /** W3C's IRIs for media formats, e.g. {@code formats:Turtle}; named by service descriptions. */
    public static final String FORMATS = "http://www.w3.org/ns/formats/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SH = "http://www.w3.org/ns/shacl#";
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final String VANN = "http://purl.org/vocab/vann/";
    /** IANA's registry page of each media type, e.g. {@code …/text/turtle}: DCAT's IRIs for media types. */
    public static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    /** The SPARQL 1.1 Protocol, which our endpoint conforms to. */
    public static final String SPARQL_PROTOCOL = "https://www.w3.org/TR/sparql11-protocol/";

    /** Our data source: every fact is traceable to this page. */
    public static final String SOURCE_PAGE = "https://wiki.python.org/moin/InternationalPythonConference";

    /**
     * Properties that name a resource for people, most preferred first: our data's labels, the schema.org view,
     * and the metadata's titles and names. Documents carry these for every resource they mention.
     */
    public static final List<String> LABEL_PROPERTIES = List.of(
        RDFS + "label", SKOS + "prefLabel", SCHEMA + "name", DCTERMS + "title", FOAF + "name");

    private Vocabularies() {}

    /** Prefixes for writing documents and dumps; {@code pcg:} and {@code id:} follow the instance's base. */
    public static PrefixMapping prefixes(IriSpace iris) {
        PrefixMapping pm = new PrefixMappingImpl();
        pm.setNsPrefix("pcg", iris.vocabularyNamespace());
        pm.setNsPrefix("id", iris.thing(""));
        pm.setNsPrefix("schema", SCHEMA);
        pm.setNsPrefix("wd", WIKIDATA_ENTITY);
        pm.setNsPrefix("wdt", WIKIDATA_PROP);
        pm.setNsPrefix("swc", SWC);
        pm.setNsPrefix("org", ORG);
        pm.setNsPrefix("prov", PROV);
        pm.setNsPrefix("dcterms", DCTERMS);
        pm.setNsPrefix("dcat", DCAT);
        pm.setNsPrefix("void", VOID);
        pm.setNsPrefix("sd", SD);
        pm.setNsPrefix("foaf", FOAF);
        pm.setNsPrefix("skos", SKOS);
        pm.setNsPrefix("spdx", SPDX);
        pm.setNsPrefix("rdf", RDF);
        pm.setNsPrefix("rdfs", RDFS);
        pm.setNsPrefix("owl", OWL);
        pm.setNsPrefix("xsd", XSD);
        pm.setNsPrefix("vann", VANN);
        return pm;
    }
}
