package org.pyconfgraph.publish.sparql;

import org.apache.jena.riot.Lang;
import org.pyconfgraph.model.Vocabularies;

/**
 * A format the endpoint answers in, as the service description names it.
 *
 * @param lang       Jena's language for it, which gives its media type
 * @param formatName the local name of the W3C format IRI, e.g. {@code SPARQL_Results_JSON}
 * @param graphs     true for CONSTRUCT and DESCRIBE results, false for SELECT and ASK results
 */
public record ResultFormat(Lang lang, String formatName, boolean graphs) {

    /** What a client puts in its Accept header. */
    public String mediaType() { return lang.getHeaderString(); }

    /** The W3C IRI of this format, e.g. {@code http://www.w3.org/ns/formats/Turtle}. */
    public String formatIri() { return Vocabularies.FORMATS + formatName; }
}
