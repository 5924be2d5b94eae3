package org.pyconfgraph.format;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.lang.Keywords;
import com.apicatalog.jsonld.processor.ExpansionProcessor;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The published JSON-LD {@code @context} of one instance: {@code ontology/context.jsonld} with its
 * base-relative IRIs resolved against the instance's base. JSON-LD output is compacted with it, so consumers
 * see stable short names ({@code "inSeries"}) rather than names derived from prefixes.
 * <p>
 * Output embeds it inline rather than referencing it by URL: a dump is downloaded and parsed offline, and a
 * document with an inline context needs no second request. It is a few kilobytes.
 *
 * @param document a JSON object with one {@code @context} member, which JSON-LD processing accepts
 */
public record JsonLdContext(JsonObject document) {

    public JsonLdContext {
        if (!(document.get(Keywords.CONTEXT) instanceof JsonObject))
            throw new IllegalArgumentException("a JSON-LD context document needs an \"@context\" object");
        try {
            // Expanding a document that is only a context processes every term definition. Called with offline
            // options of its own: the API's default options would first build an HTTP client, never used here.
            ExpansionProcessor.expand(JsonDocument.of(document), new JsonLdOptions(OfflineLoader.INSTANCE), false);
        } catch (JsonLdError e) {
            throw new IllegalArgumentException("not a usable JSON-LD context: " + e.getMessage(), e);
        }
    }

    /** The value of {@code @context}, as embedded in every JSON-LD output. */
    public JsonValue value() { return document.get(Keywords.CONTEXT); }
}
