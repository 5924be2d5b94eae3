package org.pyconfgraph.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.TermDefinition;
import com.apicatalog.jsonld.lang.Keywords;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * JSON-LD compaction of one subject's triples, written straight from the processed context: the result Titanium
 * gives for the node that JSON-LD's RDF-to-JSON-LD algorithm makes of the subject's triples (compacted arrays,
 * ordered), without building that expanded node. Titanium still decides what depends on the context alone (which
 * term a value of a property takes, how a type or datatype IRI compacts); those answers depend on the kind of
 * value, not the value itself, so each is asked once and remembered.
 * <p>
 * It covers contexts of prefixes and terms with {@code @id}, {@code @type} and {@code @container} ({@code @set},
 * {@code @language}); {@link #of} declines any other context. {@link #compact} declines the nodes whose
 * expansion is not a plain node object (an {@code rdf:nil} object becomes a list, JSON literals and base
 * directions have forms of their own), which the caller compacts with Titanium.
 */
final class DirectCompaction {
    private static final String I18N_DATATYPES = "https://www.w3.org/ns/i18n#";
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
    /** Bounds the per-IRI memory of type and datatype compaction (their number is the vocabulary's, not the data's). */
    private static final int MAX_REMEMBERED_IRIS = 10_000;

    private final ActiveContext context;
    /** Terms usable as prefixes, in the order Titanium visits them. */
    private final List<Map.Entry<String, String>> prefixes = new ArrayList<>();
    /** IRIs some term maps to: the only node IRIs whose term choice depends on the IRI itself. */
    private final Set<String> termIris = new HashSet<>();
    private final Map<Node, PropertyForms> forms = new HashMap<>();
    /** The property of the previous value: a node's values come property by property. */
    private PropertyForms lastProperty;
    private final Map<String, String> vocabIris = new HashMap<>();
    /** The namespaces of {@link #prefixes}, so that an IRI's are found in one walk along it. */
    private final NamespaceTrie namespaces = new NamespaceTrie();

    private DirectCompaction(ActiveContext context) {
        this.context = context;
        context.getTermsMapping().forEach((term, definition) -> {
            if (definition.getUriMapping() == null) return;
            termIris.add(definition.getUriMapping());
            if (!definition.isNotPrefix()) {
                namespaces.add(definition.getUriMapping(), prefixes.size());
                prefixes.add(Map.entry(term, definition.getUriMapping()));
            }
        });
    }

    /** Direct compaction with this context, or null if the context uses features it does not cover. */
    static DirectCompaction of(ActiveContext context) {
        if (context.getBaseUri() != null || context.getVocabularyMapping() != null
            || context.getDefaultLanguage() != null || context.getDefaultBaseDirection() != null
            || context.getPreviousContext() != null) return null;
        for (var entry : context.getTermsMapping().entrySet()) {
            TermDefinition definition = entry.getValue();
            String iri = definition.getUriMapping();
            if (entry.getKey().startsWith("@") || (iri != null && iri.startsWith("@"))) return null;
            if (definition.hasLocalContext() || definition.isReverseProperty() || definition.getNestValue() != null
                || definition.getIndexMapping() != null || definition.getLanguageMapping() != null
                || definition.getDirectionMapping() != null) return null;
            String type = definition.getTypeMapping();
            if (type != null && (type.equals(Keywords.NONE) || type.equals(Keywords.JSON))) return null;
            for (String container : definition.getContainerMapping())
                if (!container.equals(Keywords.SET) && !container.equals(Keywords.LANGUAGE)) return null;
        }
        return new DirectCompaction(context);
    }

    /**
     * @param subject  an IRI or blank node
     * @param triples  its triples, sorted by predicate and object in RDF term order
     * @return the compacted node, or null when this node needs the full algorithm
     */
    CompactNode compact(Node subject, List<Triple> triples) throws JsonLdError {
        for (Triple t : triples) if (!plain(t.getObject())) return null;
        CompactNode node = new CompactNode(compactId(CompactNode.id(subject)));
        // Keys in the order of their expanded property: @type first (no IRI sorts before "@"), then by IRI.
        List<String> types = new ArrayList<>();
        for (Triple t : triples)
            if (t.getPredicate().equals(RDF.Nodes.type) && !t.getObject().isLiteral())
                types.add(compactVocab(CompactNode.id(t.getObject())));
        if (!types.isEmpty()) node.types(types);
        List<Triple> properties = new ArrayList<>(triples.size());
        for (Triple t : triples)
            if (!(t.getPredicate().equals(RDF.Nodes.type) && !t.getObject().isLiteral())) properties.add(t);
        properties.sort((a, b) -> a.getPredicate().getURI().compareTo(b.getPredicate().getURI()));
        for (Triple t : properties) add(node, t.getPredicate(), t.getObject());
        return node;
    }

    /** Whether the node the object expands to is a plain node reference or value object. */
    private static boolean plain(Node object) {
        if (object.isURI()) return !object.equals(RDF.Nodes.nil);
        if (object.isBlank()) return true;
        if (!object.isLiteral() || object.getLiteralBaseDirection() != null) return false;
        String datatype = object.getLiteralDatatypeURI();
        return !datatype.equals(RDF.dtRDFJSON.getURI()) && !datatype.startsWith(I18N_DATATYPES);
    }

    private void add(CompactNode node, Node predicate, Node object) throws JsonLdError {
        ValueForm form = form(predicate, object);
        if (form.languageMap()) {
            String language = object.getLiteralLanguage();
            node.addToMap(form.term(), language.isEmpty() ? Keywords.NONE : language, object.getLiteralLexicalForm(),
                form.asArray());
            return;
        }
        Object value = switch (form.kind()) {
            case LEXICAL -> object.getLiteralLexicalForm();
            case TYPED -> new CompactNode.Entries(Keywords.TYPE, form.datatype(), Keywords.VALUE, object.getLiteralLexicalForm());
            case TAGGED -> new CompactNode.Entries(Keywords.LANGUAGE, object.getLiteralLanguage(), Keywords.VALUE,
                object.getLiteralLexicalForm());
            case IRI -> compactId(CompactNode.id(object));
            case VOCAB_IRI -> compactVocab(CompactNode.id(object));
            case REFERENCE -> new CompactNode.Entries(Keywords.ID, compactId(CompactNode.id(object)));
        };
        node.add(form.term(), value, form.asArray());
    }

    private enum Kind { LEXICAL, TYPED, TAGGED, IRI, VOCAB_IRI, REFERENCE }

    /** What a value of one kind becomes under one property: its term, and its shape. */
    private record ValueForm(String term, Kind kind, String datatype, boolean languageMap, boolean asArray) {}

    private ValueForm form(Node predicate, Node object) throws JsonLdError {
        PropertyForms property = lastProperty;
        if (property == null || property.predicate != predicate) {
            property = forms.computeIfAbsent(predicate, PropertyForms::new);
            lastProperty = property;
        }
        Map<String, ValueForm> byShape;
        String shape;
        if (object.isLiteral()) {
            String language = object.getLiteralLanguage();
            if (!language.isEmpty()) {
                byShape = property.byLanguage;
                shape = language;
            } else {
                byShape = property.byDatatype;
                shape = object.getLiteralDatatypeURI();
            }
        } else {
            String id = CompactNode.id(object);
            if (!termIris.contains(id)) {
                if (property.reference == null) property.reference = choose(predicate.getURI(), object);
                return property.reference;
            }
            byShape = property.byTermIri;
            shape = id;
        }
        ValueForm form = byShape.get(shape);
        if (form == null) {
            form = choose(predicate.getURI(), object);
            byShape.put(shape, form);
        }
        return form;
    }

    /**
     * The forms a property's values take, by the kind of value: an IRI or blank node that no term maps to (they
     * all take one form), an IRI that a term maps to, a literal by datatype, a language-tagged one by language.
     */
    private static final class PropertyForms {
        final Node predicate;
        ValueForm reference;
        final Map<String, ValueForm> byTermIri = new HashMap<>();
        final Map<String, ValueForm> byDatatype = new HashMap<>();
        final Map<String, ValueForm> byLanguage = new HashMap<>();

        PropertyForms(Node predicate) {
            this.predicate = predicate;
        }
    }

    /** Titanium's term selection for the expanded value, then the value compaction that term gives. */
    private ValueForm choose(String property, Node object) throws JsonLdError {
        JsonObject expanded = expanded(object);
        String term = context.uriCompaction().value(expanded).vocab(true).compact(property);
        TermDefinition definition = context.getTerm(term).orElse(null);
        String type = definition == null ? null : definition.getTypeMapping();
        Collection<String> containers = definition == null ? List.of() : definition.getContainerMapping();
        boolean asArray = containers.contains(Keywords.SET);
        boolean languageMap = containers.contains(Keywords.LANGUAGE) && object.isLiteral();
        if (!object.isLiteral()) {
            Kind kind = Keywords.ID.equals(type) ? Kind.IRI : Keywords.VOCAB.equals(type) ? Kind.VOCAB_IRI : Kind.REFERENCE;
            return new ValueForm(term, kind, null, false, asArray);
        }
        if (!object.getLiteralLanguage().isEmpty()) return new ValueForm(term, Kind.TAGGED, null, languageMap, asArray);
        String datatype = object.getLiteralDatatypeURI();
        if (datatype.equals(XSD_STRING)) return new ValueForm(term, Kind.LEXICAL, null, languageMap, asArray);
        if (datatype.equals(type)) return new ValueForm(term, Kind.LEXICAL, null, languageMap, asArray);
        return new ValueForm(term, Kind.TYPED, compactVocab(datatype), languageMap, asArray);
    }

    private static JsonObject expanded(Node object) {
        if (!object.isLiteral()) return Json.createObjectBuilder().add(Keywords.ID, CompactNode.id(object)).build();
        var value = Json.createObjectBuilder().add(Keywords.VALUE, object.getLiteralLexicalForm());
        String datatype = object.getLiteralDatatypeURI();
        if (!object.getLiteralLanguage().isEmpty()) value.add(Keywords.LANGUAGE, object.getLiteralLanguage());
        else if (!datatype.equals(XSD_STRING)) value.add(Keywords.TYPE, datatype);
        return value.build();
    }

    /** A type or datatype IRI compacted as a vocabulary IRI (a term, a compact IRI, or itself). */
    private String compactVocab(String iri) throws JsonLdError {
        String compacted = vocabIris.get(iri);
        if (compacted != null) return compacted;
        compacted = context.uriCompaction().vocab(true).compact(iri);
        if (vocabIris.size() < MAX_REMEMBERED_IRIS) vocabIris.put(iri, compacted);
        return compacted;
    }

    /**
     * A node identifier compacted as Titanium's IRI compaction does without vocabulary and base (its steps 7–11):
     * the lexicographically least {@code prefix:suffix} that is not itself a term, else the IRI.
     */
    String compactId(String iri) throws JsonLdError {
        String compact = null;
        for (int index : namespaces.startingStrictly(iri)) {
            Map.Entry<String, String> prefix = prefixes.get(index);
            String namespace = prefix.getValue();
            String candidate = prefix.getKey() + ":" + iri.substring(namespace.length());
            boolean isTerm = context.containsTerm(candidate);
            if ((compact == null || candidate.compareTo(compact) < 0) && !isTerm
                || isTerm && iri.equals(context.getTerm(candidate).map(TermDefinition::getUriMapping).orElse(null)))
                compact = candidate;
        }
        if (compact != null) return compact;
        int colon = iri.indexOf(':');
        // Titanium refuses an IRI whose scheme is a prefix term: let it say so.
        if (colon > 0 && context.containsTerm(iri.substring(0, colon))) return context.uriCompaction().compact(iri);
        return iri;
    }
}
