package org.pyconfgraph.store;

/** A store that could not answer: unreachable, or answering with an error of its own. */
public final class StoreFailure extends RuntimeException {
    public StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
