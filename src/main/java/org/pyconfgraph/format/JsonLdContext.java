package org.pyconfgraph.format;

/**
 * The published JSON-LD {@code @context} of one instance: {@code ontology/context.jsonld} with its
 * base-relative IRIs resolved against the instance's base. Dumps and documents compact with it, and the
 * server publishes it, so JSON-LD consumers see stable short names rather than prefixes.
 *
 * @param json the resolved context document, a JSON object with one {@code @context} member
 */
public record JsonLdContext(String json) {}
