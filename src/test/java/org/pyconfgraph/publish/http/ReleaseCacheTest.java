package org.pyconfgraph.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A cache bounded by what its values weigh")
class ReleaseCacheTest {

    @Test
    @DisplayName("drops the least recently used values until the rest weigh no more than its budget")
    void dropsByWeight() {
        ReleaseCache<List<Integer>> cache = new ReleaseCache<>(10, List::size);
        cache.keep("r", "a", List.of(1, 2, 3, 4));
        cache.keep("r", "b", List.of(1, 2, 3, 4));
        assertNotNull(cache.cached("r", "a"), "a is now the most recently used");
        cache.keep("r", "c", List.of(1, 2, 3, 4));
        assertNull(cache.cached("r", "b"), "b went first");
        assertNotNull(cache.cached("r", "a"));
        assertNotNull(cache.cached("r", "c"));
        cache.keep("r", "a", List.of(1));
        cache.keep("r", "d", List.of(1, 2, 3, 4, 5));
        assertEquals(List.of(1), cache.cached("r", "a"), "a weighs 1 since it was replaced: 1 + 4 + 5 fit");
        assertNotNull(cache.cached("r", "c"));
    }

    @Test
    @DisplayName("keeps no value heavier than its whole budget, and counts an empty one as 1")
    void heavyAndEmptyValues() {
        ReleaseCache<List<Integer>> cache = new ReleaseCache<>(3, List::size);
        cache.keep("r", "heavy", List.of(1, 2, 3, 4));
        assertNull(cache.cached("r", "heavy"));
        for (String key : List.of("x", "y", "z", "w")) cache.keep("r", key, List.of());
        assertNull(cache.cached("r", "x"), "three empty values fill a budget of 3");
        assertNotNull(cache.cached("r", "w"));
    }
}
