package org.pyconfgraph.publish.html;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.pyconfgraph.model.Vocabularies;

/**
 * The framed schema.org JSON-LD of {@link SchemaOrgDescription}, written straight from the statements: the same
 * text as Titanium's fromRdf, framing (the resource's {@code @id}, schema.org as {@code @vocab}, each node embedded
 * the first time it is met) and compaction give, without building and expanding JSON-LD documents three times.
 * It covers graphs of IRIs and literals: for blank nodes, RDF lists and the literals JSON-LD treats specially
 * (JSON, text direction, the string {@code @null}) it gives nothing, and the description is framed by Titanium.
 * <p>
 * What it follows: a node is its {@code @id}, its {@code @type}s (schema.org's terms, in the statements' order), then
 * its properties sorted by IRI, each written with schema.org's term where there is one; a property's values keep
 * the statements' order; one value is written alone, more as an array. An IRI value is embedded, depth first, the
 * first time it is met, and a reference ({@code {"@id": …}}) after; a literal is its string, or an object of its
 * language (in lower case, as expansion writes it) and value, or of its value and datatype.
 */
final class FramedSchemaOrg {
    private static final String I18N_DATATYPES = "https://www.w3.org/ns/i18n#";
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    /** A subject's types and its properties' values, in the order framing writes them. */
    private static final class Description {
        final List<String> types = new ArrayList<>();
        final TreeMap<String, List<Node>> properties = new TreeMap<>();
    }

    private final Map<Node, Description> subjects = new LinkedHashMap<>();
    private final Set<Node> embedded = new HashSet<>();

    private FramedSchemaOrg() {}

    /** The description's JSON text, or empty if the statements have what this does not cover. */
    static Optional<String> write(Node resource, Graph statements) {
        FramedSchemaOrg framed = new FramedSchemaOrg();
        for (Triple t : statements.find().toList())
            if (!framed.add(t)) return Optional.empty();
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.write("@context", Vocabularies.SCHEMA_CONTEXT);
            if (framed.subjects.containsKey(resource) || framed.isObject(resource)) {
                framed.embedded.add(resource);
                framed.members(json, resource);
            }
            json.writeEnd();
        }
        return Optional.of(text.toString());
    }

    private boolean add(Triple t) {
        Node s = t.getSubject();
        Node o = t.getObject();
        if (!s.isURI() || !covered(o) || o.equals(RDF.nil.asNode()) || t.getPredicate().equals(RDF.first.asNode())
            || t.getPredicate().equals(RDF.rest.asNode())) return false;
        Description description = subjects.computeIfAbsent(s, x -> new Description());
        if (t.getPredicate().equals(RDF.type.asNode())) {
            if (!o.isURI()) return false;
            if (!description.types.contains(o.getURI())) description.types.add(o.getURI());
            return true;
        }
        List<Node> values = description.properties.computeIfAbsent(t.getPredicate().getURI(), p -> new ArrayList<>());
        if (values.stream().noneMatch(v -> sameJson(v, o))) values.add(o);
        return true;
    }

    /** Whether two values are written alike: framing keeps one of them (language tags are compared lowercased). */
    private static boolean sameJson(Node a, Node b) {
        if (a.isURI() || b.isURI()) return a.equals(b);
        return a.getLiteralLexicalForm().equals(b.getLiteralLexicalForm())
            && a.getLiteralDatatypeURI().equals(b.getLiteralDatatypeURI())
            && a.getLiteralLanguage().equalsIgnoreCase(b.getLiteralLanguage());
    }

    /** IRIs, and literals that JSON-LD writes as a plain value object. */
    private static boolean covered(Node o) {
        if (o.isURI()) return true;
        if (!o.isLiteral() || o.getLiteralBaseDirection() != null || o.getLiteralLexicalForm().equals("@null"))
            return false;
        String datatype = o.getLiteralDatatypeURI();
        return !datatype.equals(RDF.dtRDFJSON.getURI()) && !datatype.startsWith(I18N_DATATYPES);
    }

    private boolean isObject(Node node) {
        return subjects.values().stream().anyMatch(d -> d.properties.values().stream().anyMatch(v -> v.contains(node)));
    }

    /** A node's members: its identifier, types and properties, the nodes it links to embedded where first met. */
    private void members(JsonGenerator json, Node node) {
        json.write("@id", node.getURI());
        Description description = subjects.get(node);
        if (description == null) return;
        if (description.types.size() == 1) json.write("@type", term(description.types.get(0)));
        else if (!description.types.isEmpty()) {
            json.writeStartArray("@type");
            description.types.forEach(type -> json.write(term(type)));
            json.writeEnd();
        }
        description.properties.forEach((property, values) -> {
            if (values.size() == 1) {
                json.writeKey(term(property));
                value(json, values.get(0));
                return;
            }
            json.writeStartArray(term(property));
            values.forEach(value -> value(json, value));
            json.writeEnd();
        });
    }

    private void value(JsonGenerator json, Node value) {
        if (value.isURI()) {
            json.writeStartObject();
            if (embedded.add(value)) members(json, value);
            else json.write("@id", value.getURI());
            json.writeEnd();
        } else if (!value.getLiteralLanguage().isEmpty()) {
            json.writeStartObject().write("@language", value.getLiteralLanguage().toLowerCase(Locale.ROOT))
                .write("@value", value.getLiteralLexicalForm()).writeEnd();
        } else if (value.getLiteralDatatypeURI().equals(XSD_STRING)) {
            json.write(value.getLiteralLexicalForm());
        } else {
            json.writeStartObject().write("@value", value.getLiteralLexicalForm())
                .write("@type", term(value.getLiteralDatatypeURI())).writeEnd();
        }
    }

    /** An IRI as a schema.org term where schema.org has it, as compaction with schema.org's vocabulary writes it. */
    private static String term(String iri) {
        return iri.startsWith(Vocabularies.SCHEMA) && iri.length() > Vocabularies.SCHEMA.length()
            ? iri.substring(Vocabularies.SCHEMA.length()) : iri;
    }
}
