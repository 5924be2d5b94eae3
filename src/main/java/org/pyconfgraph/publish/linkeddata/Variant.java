package org.pyconfgraph.publish.linkeddata;

import java.util.List;
import java.util.stream.Stream;

import org.pyconfgraph.format.RdfFormat;
import org.pyconfgraph.format.RdfFormats;
import org.pyconfgraph.publish.html.HtmlResponse;

/**
 * One format a document is published in: a document format of the RDF registry, or the HTML page.
 *
 * @param mediaTypes  every media type a client may ask for it by, the one it is sent as first
 * @param contentType the Content-Type header it is sent with
 * @param rdf         its RDF format, or null for the HTML page
 */
record Variant(String extension, List<String> mediaTypes, String contentType, String name, RdfFormat rdf) {
    static final Variant HTML = new Variant("html", List.of("text/html"), HtmlResponse.MEDIA_TYPE, "HTML", null);

    /**
     * Every variant, in order of preference when a client accepts several equally: the page first, because
     * browsers and clients sending no Accept header are people; then the RDF formats in the registry's order.
     */
    static final List<Variant> ALL = Stream.concat(Stream.of(HTML), RdfFormats.DOCUMENT_FORMATS.stream()
            .map(f -> new Variant(f.extension(), f.mediaTypes(), f.mediaType(), f.name(), f)))
        .toList();

    /** The media type it is sent as and named by in links. */
    String mediaType() { return mediaTypes.get(0); }

    boolean isHtml() { return rdf == null; }
}
