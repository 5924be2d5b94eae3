package org.pyconfgraph.load;

/** Sources that cannot be published; the message names the file and line where there is one. */
public class LoadException extends RuntimeException {
    public LoadException(String message) {
        super(message);
    }
}
