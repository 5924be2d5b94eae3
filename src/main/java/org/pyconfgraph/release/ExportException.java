package org.pyconfgraph.release;

/** Dumps that could not be written where asked (not a folder, no permission, disk full); nothing partial is left. */
public class ExportException extends RuntimeException {
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
