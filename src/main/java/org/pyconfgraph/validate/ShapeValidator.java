package org.pyconfgraph.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.SparqlConstraints;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Checks data against the SHACL shapes and reports each violation as node, path and message.
 * <p>
 * Jena's engine validates every shape but the SPARQL constraints that {@link BatchedSparqlConstraint} can run
 * once for all focus nodes: those are taken out of the shapes Jena sees and run batched beside it, giving the
 * same report entries.
 */
public final class ShapeValidator {
    private final Shapes perNode;
    private final List<BatchedSparqlConstraint> batched;

    public ShapeValidator(Graph shapesGraph) {
        this(shapesGraph, true, BatchedSparqlConstraint.CHUNK);
    }

    /**
     * @param batch false to leave every SPARQL constraint to Jena's per-node evaluation (the reference)
     * @param chunk the most focus nodes one batched query gets
     */
    ShapeValidator(Graph shapesGraph, boolean batch, int chunk) {
        Shapes shapes = Shapes.parse(shapesGraph);
        List<BatchedSparqlConstraint> batched = new ArrayList<>();
        Graph rest = GraphFactory.createDefaultGraph();
        rest.getPrefixMapping().setNsPrefixes(shapesGraph.getPrefixMapping());
        shapesGraph.find().forEachRemaining(t -> {
            BatchedSparqlConstraint constraint = batch ? batchable(shapes, shapesGraph, t, chunk) : null;
            if (constraint == null) rest.add(t);
            else batched.add(constraint);
        });
        this.perNode = batched.isEmpty() ? shapes : Shapes.parse(rest);
        this.batched = List.copyOf(batched);
    }

    /**
     * The constraint a {@code shape sh:sparql constraint} triple declares, if it can run batched: a SELECT
     * constraint of a node shape that has targets of its own (not a {@code sh:targetNode}, which may name a node
     * outside the data), that no other shape refers to (it is then checked only at its targets' focus nodes).
     */
    private static BatchedSparqlConstraint batchable(Shapes shapes, Graph shapesGraph, Triple t, int chunk) {
        if (!t.getPredicate().equals(SHACL.sparql)) return null;
        Node shapeNode = t.getSubject();
        Shape shape = shapes.getShape(shapeNode);
        if (!(shape instanceof NodeShape) || shapesGraph.contains(Node.ANY, Node.ANY, shapeNode)
            || shapesGraph.contains(shapeNode, SHACL.targetNode, Node.ANY)
            || shapesGraph.contains(t.getObject(), SHACL.deactivated, Node.ANY)
            || !shapesGraph.contains(t.getObject(), SHACL.select, Node.ANY)) return null;
        if (!(SparqlConstraints.parseSparqlConstraint(shapesGraph, shapeNode, SHACL.sparql, t.getObject())
            instanceof SparqlConstraint constraint) || !BatchedSparqlConstraint.isBatchable(constraint.getQuery()))
            return null;
        return new BatchedSparqlConstraint(shape, constraint, chunk);
    }

    /** Every violation of the shapes in the data; empty when it conforms. Warnings and infos are not violations. */
    public List<Violation> violations(Graph data) {
        return entries(data)
            .filter(e -> e.severity().equals(Severity.Violation))
            .map(ShapeValidator::toViolation)
            .sorted()
            .toList();
    }

    /** Every entry of the validation report, in no particular order. */
    Stream<ReportEntry> entries(Graph data) {
        ValidationReport.Builder batchedReport = ValidationReport.create();
        batched.forEach(c -> c.validate(data, batchedReport));
        return Stream.concat(ShaclValidator.get().validate(perNode, new RecentSubjectsGraph(data)).getEntries().stream(),
            batchedReport.build().getEntries().stream());
    }

    /** The SPARQL constraints run once for all their focus nodes. */
    int batchedConstraints() { return batched.size(); }

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
