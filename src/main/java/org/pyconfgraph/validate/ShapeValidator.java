package org.pyconfgraph.validate;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/** Checks data against the SHACL shapes and reports each violation as node, path and message. */
public final class ShapeValidator {
    private final Shapes shapes;

    public ShapeValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** Every violation of the shapes in the data; empty when it conforms. Warnings and infos are not violations. */
    public List<Violation> violations(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return report.getEntries().stream()
            .filter(e -> e.severity().equals(Severity.Violation))
            .map(ShapeValidator::toViolation)
            .sorted()
            .toList();
    }

    /** Fails with every violation listed if the data does not conform. */
    public void requireConforms(Graph data) {
        List<Violation> violations = violations(data);
        if (!violations.isEmpty()) throw new ValidationException(violations);
    }

    private static Violation toViolation(ReportEntry e) {
        return new Violation(
            e.focusNode().toString(),
            e.resultPath() == null ? "" : e.resultPath().toString(),
            e.message(),
            e.sourceConstraintComponent() == null ? "" : e.sourceConstraintComponent().getLocalName());
    }
}
