package org.pyconfgraph.publish;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made once, when first asked for, and kept: for what a module could make at start but that no first
 * request needs, so that the server listens sooner. Thread-safe; the maker runs at most once unless it throws.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> maker;
    private volatile T value;

    private Lazy(Supplier<T> maker) {
        this.maker = maker;
    }

    public static <T> Lazy<T> of(Supplier<T> maker) {
        return new Lazy<>(Objects.requireNonNull(maker));
    }

    @Override
    public T get() {
        T made = value;
        if (made != null) return made;
        synchronized (this) {
            if (value == null) value = Objects.requireNonNull(maker.get(), "a lazy value was made null");
            return value;
        }
    }
}
