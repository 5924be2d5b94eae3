package org.pyconfgraph.format;

import org.apache.jena.riot.Lang;

/**
 * One serialization we publish: its media type and file extension. How it is written is registered in
 * {@link RdfWriters}.
 *
 * @param lang  Jena's language, for parsing and content negotiation
 * @param quads true if it keeps named graphs (dumps of the whole dataset), false for triples
 */
public record RdfFormat(String name, Lang lang, String mediaType, String extension, boolean quads) {}
