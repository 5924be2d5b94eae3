package org.pyconfgraph.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import org.pyconfgraph.format.JsonLdContext;
import org.pyconfgraph.model.IriSpace;

/**
 * Reads {@code ontology/context.jsonld} and resolves its base-relative IRIs for one instance. Like the Turtle
 * sources, the context writes our own namespaces relative to the public base ({@code "pcg": "vocab#"},
 * {@code "id": "id/"}); JSON-LD itself would reject them. They are found in the parsed JSON, not in its text:
 * the IRI of a term (its value, or the {@code @id}, {@code @reverse} or {@code @type} of its definition) and
 * {@code @vocab}, when the IRI has no scheme. Compact IRIs ({@code "pcg:Event"}) and absolute IRIs are left to
 * JSON-LD processing; keywords are kept.
 */
public final class JsonLdContextReader {
    private static final String CONTEXT = "@context";
    private static final List<String> IRI_ENTRIES_OF_DEFINITION = List.of("@id", "@reverse", "@type");
    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private JsonLdContextReader() {}

    public static JsonLdContext read(SourceTree tree, IriSpace iris) {
        Path file = tree.jsonLdContext();
        String name = tree.displayName(file);
        try (Reader in = Files.newBufferedReader(file); var json = Json.createReader(in)) {
            JsonObject document = json.readObject();
            if (!(document.get(CONTEXT) instanceof JsonObject terms))
                throw new LoadException(name + ": needs an \"@context\" object");
            return new JsonLdContext(Json.createObjectBuilder(document).add(CONTEXT, resolve(terms, iris)).build());
        } catch (JsonParsingException e) {
            throw new LoadException(name + ":" + e.getLocation().getLineNumber() + ":"
                + e.getLocation().getColumnNumber() + ": " + e.getMessage());
        } catch (JsonException | IllegalArgumentException e) {
            throw new LoadException(name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new LoadException(name + ": cannot read: " + e.getMessage());
        }
    }

    /** The context with every base-relative IRI made absolute against the instance's base. */
    private static JsonObject resolve(JsonObject context, IriSpace iris) {
        JsonObjectBuilder resolved = Json.createObjectBuilder();
        context.forEach((key, value) -> {
            boolean keyword = key.startsWith("@");
            resolved.add(key, keyword && !key.equals("@vocab") ? value : resolveDefinition(value, iris));
        });
        return resolved.build();
    }

    private static JsonValue resolveDefinition(JsonValue definition, IriSpace iris) {
        if (definition instanceof JsonString iri) return resolveIri(iri, iris);
        if (!(definition instanceof JsonObject expanded)) return definition;
        JsonObjectBuilder resolved = Json.createObjectBuilder(expanded);
        for (String entry : IRI_ENTRIES_OF_DEFINITION)
            if (expanded.get(entry) instanceof JsonString iri) resolved.add(entry, resolveIri(iri, iris));
        return resolved.build();
    }

    private static JsonString resolveIri(JsonString iri, IriSpace iris) {
        String value = iri.getString();
        boolean relative = !value.startsWith("@") && !HAS_SCHEME.matcher(value).find();
        return relative ? Json.createValue(iris.resolve(value)) : iri;
    }
}
