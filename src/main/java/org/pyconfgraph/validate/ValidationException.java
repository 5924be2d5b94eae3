package org.pyconfgraph.validate;

import java.util.List;
import java.util.stream.Collectors;

/** The data breaks the shapes; nothing is published. */
public class ValidationException extends RuntimeException {
    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(violations.size() + " SHACL violation(s):\n"
            + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() { return violations; }
}
