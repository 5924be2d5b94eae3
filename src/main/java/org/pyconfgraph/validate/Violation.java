package org.pyconfgraph.validate;

/** One SHACL violation, as a person editing the data needs to see it. */
public record Violation(String focusNode, String path, String message, String constraint) implements Comparable<Violation> {
    @Override
    public int compareTo(Violation other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return focusNode + (path.isEmpty() ? "" : " " + path) + ": " + message
            + (constraint.isEmpty() ? "" : " [" + constraint + "]");
    }
}
