package org.pyconfgraph.format;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;

/**
 * One serialization we publish, as Jena registers it: its name, media types and file extension all come from
 * Jena's {@link Lang}. How it is written is registered in {@link RdfWriters}.
 *
 * @param lang Jena's language, for parsing, writing and content negotiation
 */
public record RdfFormat(Lang lang) {

    public String name() { return lang.getLabel(); }

    /** The media type it is sent with: Jena's primary content type for the language. */
    public String mediaType() { return lang.getHeaderString(); }

    public String extension() { return lang.getFileExtensions().get(0); }

    /** True if it keeps named graphs (dumps of the whole dataset), false for triples. */
    public boolean quads() { return !RDFLanguages.isTriples(lang); }

    /**
     * Every media type a client may ask for it by, the primary first: the content types Jena registers for this
     * language, and for every language Jena writes in this one (N3 is written as Turtle, so {@code text/n3} asks for
     * Turtle).
     */
    public List<String> mediaTypes() {
        Set<String> types = new LinkedHashSet<>();
        types.add(mediaType());
        for (Lang other : RDFLanguages.getRegisteredLanguages())
            if (other.equals(lang) || writtenAs(other, lang)) {
                types.add(other.getHeaderString());
                types.addAll(other.getAltContentTypes());
            }
        return List.copyOf(types);
    }

    private static boolean writtenAs(Lang language, Lang written) {
        if (!RDFWriterRegistry.contains(language)) return false;
        RDFFormat format = RDFWriterRegistry.defaultSerialization(language);
        return format != null && format.getLang().equals(written);
    }
}
