package org.pyconfgraph.format;

import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/**
 * Which of Jena's languages we publish, and in which order of preference; everything else about them (media
 * types, extensions, names) is Jena's registry. Dumps, documents and content negotiation all read it.
 */
public final class RdfFormats {
    public static final RdfFormat TURTLE = new RdfFormat(Lang.TURTLE);
    public static final RdfFormat JSONLD = new RdfFormat(Lang.JSONLD);
    public static final RdfFormat NTRIPLES = new RdfFormat(Lang.NTRIPLES);
    public static final RdfFormat RDFXML = new RdfFormat(Lang.RDFXML);
    public static final RdfFormat NQUADS = new RdfFormat(Lang.NQUADS);
    public static final RdfFormat TRIG = new RdfFormat(Lang.TRIG);

    /** Formats for one resource's document, in order of preference when a client accepts any. */
    public static final List<RdfFormat> DOCUMENT_FORMATS = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);

    /** Every format we write. */
    public static final List<RdfFormat> ALL = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML, NQUADS, TRIG);

    private RdfFormats() {}

    public static Optional<RdfFormat> byExtension(String extension) {
        return ALL.stream().filter(f -> f.extension().equals(extension)).findFirst();
    }

    /** The format a media type names, by any of the types Jena registers for it. */
    public static Optional<RdfFormat> byMediaType(String mediaType) {
        return ALL.stream().filter(f -> f.mediaTypes().stream().anyMatch(mediaType::equalsIgnoreCase)).findFirst();
    }
}
