package org.pyconfgraph.publish.linkeddata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.store.StoreReader;

/**
 * The schema.org statements of resources, of which a page's embedded JSON-LD is made (see {@link ResourceStatements}):
 * those that use schema.org properties and types, in the inferred graph or stated as such in the facts, about a
 * resource and about its hash IRIs (a venue's {@code <…#address>}, which the resource links to in either graph). Read
 * as statement lookups from the resources, two reads of the store: their statements, then their hash IRIs'.
 */
final class SchemaOrgStatements {
    private static final Node RDF_TYPE = NodeFactory.createURI(Vocabularies.RDF + "type");

    private final List<Node> graphs;

    SchemaOrgStatements(IriSpace iris) {
        this.graphs = List.of(NamedGraph.INFERRED.node(iris), NamedGraph.FACTS.node(iris));
    }

    /** The schema.org statements about the resource and its hash IRIs. */
    List<Triple> about(StoreReader reader, Node resource) {
        return read(reader, List.of(resource), false).getOrDefault(resource, List.of());
    }

    /**
     * What a page embeds of each resource its topic links to: its schema.org statements (and its hash IRIs') whose
     * value is a literal, a type or one of its own hash IRIs (a venue's name and {@code <…#address>}, a series'
     * name); its links to other resources are left to its own page, since they grow with it (a series'
     * {@code schema:subEvent} to every edition).
     */
    Map<Node, List<Triple>> describing(StoreReader reader, Collection<Node> resources) {
        return read(reader, resources, true);
    }

    private Map<Node, List<Triple>> read(StoreReader reader, Collection<Node> resources, boolean describingOnly) {
        Map<Node, List<Triple>> bySubject = bySubject(reader.statementsIn(graphs, resources));
        Map<Node, Set<Node>> parts = new LinkedHashMap<>();
        for (Node resource : resources)
            for (Triple t : bySubject.getOrDefault(resource, List.of()))
                if (isHashIri(t.getObject(), resource)) parts.computeIfAbsent(resource, r -> new LinkedHashSet<>())
                    .add(t.getObject());
        Set<Node> allParts = new LinkedHashSet<>();
        parts.values().forEach(allParts::addAll);
        allParts.removeAll(bySubject.keySet());
        bySubject.putAll(bySubject(reader.statementsIn(graphs, allParts)));
        Map<Node, List<Triple>> statements = new HashMap<>();
        for (Node resource : resources) {
            Set<Triple> kept = new LinkedHashSet<>();
            List<Node> subjects = new ArrayList<>();
            subjects.add(resource);
            subjects.addAll(parts.getOrDefault(resource, Set.of()));
            for (Node subject : subjects)
                for (Triple t : bySubject.getOrDefault(subject, List.of()))
                    if (isSchemaOrg(t) && (!describingOnly || describes(t, resource))) kept.add(t);
            if (!kept.isEmpty()) statements.put(resource, List.copyOf(kept));
        }
        return statements;
    }

    private static Map<Node, List<Triple>> bySubject(List<Quad> quads) {
        Map<Node, List<Triple>> bySubject = new HashMap<>();
        for (Quad quad : quads) bySubject.computeIfAbsent(quad.getSubject(), s -> new ArrayList<>()).add(quad.asTriple());
        return bySubject;
    }

    /** A schema.org property, or a schema.org type. */
    private static boolean isSchemaOrg(Triple t) {
        return t.getPredicate().getURI().startsWith(Vocabularies.SCHEMA)
            || t.getPredicate().equals(RDF_TYPE) && text(t.getObject()).startsWith(Vocabularies.SCHEMA);
    }

    private static boolean describes(Triple t, Node resource) {
        return t.getObject().isLiteral() || t.getPredicate().equals(RDF_TYPE) || isHashIri(t.getObject(), resource);
    }

    /** An IRI of the form {@code <resource#…>}. */
    private static boolean isHashIri(Node node, Node resource) {
        return node.isURI() && node.getURI().startsWith(resource.getURI() + "#");
    }

    /** SPARQL's STR: an IRI's text, a literal's lexical form; a blank node has none. */
    private static String text(Node node) {
        return node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : "";
    }
}
