package org.pyconfgraph.publish.pages;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The bodies of pages that change only with the release (home page, timeline, ontology page, example queries),
 * made once per release and URL and then served from here: a bounded cache keyed by release id, so that a new
 * release is never answered with an old body and memory does not grow with the number of URLs asked for.
 */
final class ReleaseBodies {
    /** Far more than the pages there are; a bound against URLs that differ only in their query string. */
    static final int CAPACITY = 64;

    private final Map<String, byte[]> bodies = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) { return size() > CAPACITY; }
    };

    /** The body for this release, URL and variant, made by {@code make} the first time it is asked for. */
    byte[] get(String releaseId, String url, String variant, Supplier<String> make) {
        String key = releaseId + ' ' + variant + ' ' + url;
        synchronized (bodies) {
            byte[] cached = bodies.get(key);
            if (cached != null) return cached;
        }
        // Made outside the lock: two first requests may both make it, never wait on each other.
        byte[] made = make.get().getBytes(StandardCharsets.UTF_8);
        synchronized (bodies) {
            bodies.put(key, made);
        }
        return made;
    }
}
