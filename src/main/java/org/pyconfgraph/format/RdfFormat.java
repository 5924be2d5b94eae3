package org.pyconfgraph.format;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * One serialization we publish: its media type, file extension and Jena writer format.
 *
 * @param quads true if it keeps named graphs (dumps of the whole dataset), false for triples
 */
public record RdfFormat(String name, Lang lang, RDFFormat writerFormat, String mediaType, String extension,
                        boolean quads) {}
