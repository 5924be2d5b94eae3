package org.pyconfgraph.publish.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Page bodies kept per release")
class ReleaseBodiesTest {

    @Test
    @DisplayName("are made once per release, URL and variant, and again for another release")
    void madeOncePerRelease() {
        ReleaseBodies bodies = new ReleaseBodies(8);
        AtomicInteger made = new AtomicInteger();
        for (int i = 0; i < 3; i++)
            assertArrayEquals("home of r1".getBytes(StandardCharsets.UTF_8),
                bodies.get("r1", "/", "html", () -> ("home of r" + (made.incrementAndGet() > 0 ? "1" : "?")).getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, made.get());
        assertArrayEquals("home of r2".getBytes(StandardCharsets.UTF_8), bodies.get("r2", "/", "html", () -> {
            made.incrementAndGet();
            return "home of r2".getBytes(StandardCharsets.UTF_8);
        }));
        assertEquals(2, made.get());
    }

    @Test
    @DisplayName("stay within their bound, dropping the least recently used")
    void bounded() {
        ReleaseBodies bodies = new ReleaseBodies(8);
        AtomicInteger made = new AtomicInteger();
        for (int i = 0; i <= 8; i++) bodies.get("r", "/q?" + i, "html", () -> new byte[] {(byte) made.incrementAndGet()});
        bodies.get("r", "/q?0", "html", () -> new byte[] {(byte) made.incrementAndGet()});
        assertEquals(8 + 2, made.get(), "the first body was dropped and made again");
    }
}
