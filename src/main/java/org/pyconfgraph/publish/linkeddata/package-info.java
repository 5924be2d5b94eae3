/**
 * Dereferencing of the instance's URI space (Cool URIs, the 303 pattern): every IRI the data mentions under the
 * public base answers at this server. {@code B} is the public base; {@code .ext} is one of {@code .html},
 * {@code .ttl}, {@code .jsonld}, {@code .nt}, {@code .rdf} (the page, then {@link org.pyconfgraph.format.RdfFormats}'s
 * document formats).
 *
 * <table>
 * <caption>URL layout</caption>
 * <tr><th>path</th><th>answers</th></tr>
 * <tr><td>{@code B/id/P}, a thing (and its hash IRIs {@code B/id/P#x})</td>
 *     <td>303 See Other to {@code B/doc/P.ext} chosen by Accept (HTML when there is none), Vary: Accept,
 *     Link rel=describedby to each variant</td></tr>
 * <tr><td>{@code B/doc/P}, the thing's generic document</td>
 *     <td>200, the variant chosen by Accept, Content-Location {@code B/doc/P.ext}, Vary: Accept</td></tr>
 * <tr><td>{@code B/doc/P.ext}</td><td>200, that variant</td></tr>
 * <tr><td>{@code B/dataset} (and {@code B/dataset#publisher})</td>
 *     <td>a thing whose documents are {@code B/doc/dataset}, {@code B/doc/dataset.ext}: what the metadata graph
 *     says about it</td></tr>
 * <tr><td>{@code B/vocab} (terms {@code B/vocab#Term}) and each {@code owl:versionIRI}, e.g. {@code B/vocab/1.0}</td>
 *     <td>303 to {@code B/vocab.ext}; for HTML that is {@code B/vocab.html}, the ontology's documentation page,
 *     which the pages module serves</td></tr>
 * <tr><td>{@code B/vocab.ttl}, {@code .jsonld}, {@code .nt}, {@code .rdf}</td><td>200, the ontology graph</td></tr>
 * <tr><td>{@code B/graph/N}, a named graph</td>
 *     <td>200, the graph's content in the variant chosen by Accept (HTML: its statements), Content-Location
 *     {@code B/graph/N.ext}, Vary: Accept; a graph is a document, so there is no 303</td></tr>
 * <tr><td>{@code B/graph/N.ext}</td><td>200, that variant</td></tr>
 * <tr><td>anything else below these paths</td><td>404, a page or plain text by Accept</td></tr>
 * </table>
 * <p>
 * A document of a thing holds the thing's concise bounded description and that of its hash IRIs (those linked to
 * or from it), the links to it (at most 500, in a fixed order), the labels of the resources these mention, and the document's metadata (primary topic, dataset, licence, source,
 * date): one graph, written in every variant. Documents and 303s carry ETag and Last-Modified of the release and
 * answer conditional requests with 304; an Accept header that no variant meets gets 406 listing them. URLs in
 * headers are the IRIs' URI forms (non-ASCII characters percent-encoded) under the public base.
 */
package org.pyconfgraph.publish.linkeddata;
