package org.pyconfgraph.publish.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The bodies of responses that change only with the release (pages, documents), made once per release and URL and
 * then served from here: a bounded cache keyed by release id, so that a new release is never answered with an old
 * body and memory does not grow with the number of URLs asked for.
 */
public final class ReleaseBodies {
    private final int capacity;

    private final Map<String, byte[]> bodies = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) { return size() > capacity; }
    };

    /** @param capacity how many bodies are kept; the least recently used go first */
    public ReleaseBodies(int capacity) {
        this.capacity = capacity;
    }

    /** The body for this release, URL and variant, made by {@code make} the first time it is asked for. */
    public byte[] get(String releaseId, String url, String variant, Supplier<byte[]> make) {
        String key = releaseId + ' ' + variant + ' ' + url;
        synchronized (bodies) {
            byte[] cached = bodies.get(key);
            if (cached != null) return cached;
        }
        // Made outside the lock: two first requests may both make it, never wait on each other.
        byte[] made = make.get();
        synchronized (bodies) {
            bodies.put(key, made);
        }
        return made;
    }
}
