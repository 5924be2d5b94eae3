package org.pyconfgraph.publish.http;

import java.util.function.Supplier;

/** The bodies of responses that change only with the release (pages, documents), per release, URL and variant. */
public final class ReleaseBodies extends ReleaseCache<byte[]> {
    /** @param capacity how many bodies are kept; the least recently used go first */
    public ReleaseBodies(int capacity) {
        super(capacity);
    }

    /** The body for this release, URL and variant, made by {@code make} the first time it is asked for. */
    public byte[] get(String releaseId, String url, String variant, Supplier<byte[]> make) {
        return get(releaseId, variant + ' ' + url, make);
    }
}
