package org.pyconfgraph.load;

import java.io.IOException;
import java.nio.file.Files;

import org.pyconfgraph.format.JsonLdContext;
import org.pyconfgraph.model.IriSpace;

/** Reads {@code ontology/context.jsonld} and resolves its base-relative IRIs for one instance. */
public final class JsonLdContextReader {
    private JsonLdContextReader() {}

    public static JsonLdContext read(SourceTree tree, IriSpace iris) {
        try {
            return new JsonLdContext(Files.readString(tree.jsonLdContext()));
        } catch (IOException e) {
            throw new LoadException(tree.displayName(tree.jsonLdContext()) + ": cannot read: " + e.getMessage());
        }
    }
}
