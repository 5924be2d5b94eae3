package org.pyconfgraph.format;

import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/** The registry of RDF formats we write: dumps, documents and content negotiation all read it. */
public final class RdfFormats {
    public static final RdfFormat TURTLE =
        new RdfFormat("Turtle", Lang.TURTLE, "text/turtle", "ttl", false);
    public static final RdfFormat JSONLD =
        new RdfFormat("JSON-LD", Lang.JSONLD, "application/ld+json", "jsonld", false);
    public static final RdfFormat NTRIPLES =
        new RdfFormat("N-Triples", Lang.NTRIPLES, "application/n-triples", "nt", false);
    public static final RdfFormat RDFXML =
        new RdfFormat("RDF/XML", Lang.RDFXML, "application/rdf+xml", "rdf", false);
    public static final RdfFormat NQUADS =
        new RdfFormat("N-Quads", Lang.NQUADS, "application/n-quads", "nq", true);
    public static final RdfFormat TRIG =
        new RdfFormat("TriG", Lang.TRIG, "application/trig", "trig", true);

    /** Formats for one resource's document, in order of preference when a client accepts any. */
    public static final List<RdfFormat> DOCUMENT_FORMATS = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);

    /** Every format we write. */
    public static final List<RdfFormat> ALL = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML, NQUADS, TRIG);

    private RdfFormats() {}

    public static Optional<RdfFormat> byExtension(String extension) {
        return ALL.stream().filter(f -> f.extension().equals(extension)).findFirst();
    }

    public static Optional<RdfFormat> byMediaType(String mediaType) {
        return ALL.stream().filter(f -> f.mediaType().equalsIgnoreCase(mediaType)).findFirst();
    }
}
