package org.pyconfgraph.publish.http;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * What changes only with the release (a response body, the route a URL takes), made once per release and key and
 * then taken from here: a bounded cache keyed by release id, so that a new release is never answered from an old
 * one and memory does not grow with the number of URLs asked for.
 *
 * @param <V> what is kept
 */
public class ReleaseCache<V> {
    private final long budget;
    private final ToLongFunction<V> weigher;
    /** The weight of the values kept. */
    private long weight;

    /** In order of use, least recent first: the first go when the weight passes the budget. */
    private final Map<String, V> values = new LinkedHashMap<>(16, 0.75f, true);

    /** @param capacity how many values are kept; the least recently used go first */
    public ReleaseCache(int capacity) {
        this(capacity, value -> 1);
    }

    /**
     * A cache bounded by what its values weigh (the triples of a resource's statements) rather than by how many
     * there are, since one value may weigh thousands of times another.
     *
     * @param budget  how much the values kept may weigh together; the least recently used go first
     * @param weigher what one value weighs, at least 1
     */
    public ReleaseCache(long budget, ToLongFunction<V> weigher) {
        this.budget = budget;
        this.weigher = value -> Math.max(1, weigher.applyAsLong(value));
    }

    /**
     * The value for this release and key, made by {@code make} the first time it is asked for. A null made is
     * returned and not kept, for answers not worth a place (a URL that leads nowhere).
     */
    public V get(String releaseId, String key, Supplier<V> make) {
        V cached = cached(releaseId, key);
        if (cached != null) return cached;
        // Made outside the lock: two first requests may both make it, never wait on each other.
        V made = make.get();
        if (made != null) keep(releaseId, key, made);
        return made;
    }

    /** The value kept for this release and key, or null: for callers that make the missing values in one go. */
    public V cached(String releaseId, String key) {
        synchronized (values) {
            return values.get(releaseId + ' ' + key);
        }
    }

    /** The values kept for this release and each of the keys, in one look: keys without one are left out. */
    public Map<String, V> cached(String releaseId, Collection<String> keys) {
        Map<String, V> found = new HashMap<>();
        synchronized (values) {
            for (String key : keys) {
                V value = values.get(releaseId + ' ' + key);
                if (value != null) found.put(key, value);
            }
        }
        return found;
    }

    /** Keeps {@code value} (not null) for this release and key. */
    public void keep(String releaseId, String key, V value) {
        long added = weigher.applyAsLong(value);
        if (added > budget) return; // never worth the place of everything else
        synchronized (values) {
            V replaced = values.put(releaseId + ' ' + key, value);
            weight += added - (replaced == null ? 0 : weigher.applyAsLong(replaced));
            for (var eldest = values.values().iterator(); weight > budget; ) {
                weight -= weigher.applyAsLong(eldest.next());
                eldest.remove();
            }
        }
    }
}
