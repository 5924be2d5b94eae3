package org.pyconfgraph.publish.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.shared.PrefixMapping;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.publish.pages.PageQuery.Row;
import org.pyconfgraph.store.GraphStore;

/**
 * The ontology graph as its documentation shows it: the ontology's own description, then an entry per class and
 * property of our namespace with what the graph says of it, and what other terms say of it (sub-classes, the
 * properties whose domain or range it is). Read with {@code pages/ontology-*.rq}.
 */
final class OntologyDocumentation {
    private final IriSpace iris;
    private final PrefixMapping prefixes;
    private final PageQuery headerQuery;
    private final PageQuery termsQuery;
    private final PageQuery axiomsQuery;

    OntologyDocumentation(IriSpace iris) {
        this.iris = iris;
        this.prefixes = Vocabularies.prefixes(iris);
        this.headerQuery = PageQuery.load("ontology-header", iris);
        this.termsQuery = PageQuery.load("ontology-terms", iris);
        this.axiomsQuery = PageQuery.load("ontology-axioms", iris);
    }

    /** @param termCount how many terms the sections hold */
    record Content(Header header, List<Section> sections, int termCount) {}

    /** @param prefix the prefix our data and examples use for the namespace, e.g. "pcg" */
    record Header(String iri, String label, String comment, String versionIri, String versionInfo, String created,
                  String modified, String license, List<Link> seeAlso, String prefix, String namespace) {
        public boolean hasSeeAlso() { return !seeAlso.isEmpty(); }
    }

    record Section(String id, String heading, List<Term> terms) {}

    /**
     * @param id              the local name: the entry's HTML id, so that {@code vocab.html#succeededBy} finds it
     * @param characteristics e.g. "functional", "symmetric"
     */
    record Term(String id, String iri, String kind, String label, String comment, List<String> characteristics,
                List<Fact> facts) {
        public boolean hasFacts() { return !facts.isEmpty(); }
    }

    /** One line of a term's entry: a heading ("Domain") and its values. */
    record Fact(String heading, List<Link> values) {}

    /**
     * A term or resource to link: a term of ours within the page, any other at its IRI.
     *
     * @param relation for an alignment, how the term relates to it ("sub-class of", "close match"); else null
     */
    record Link(String text, String href, String title, String relation) {}

    /** The kinds of terms, in the order of the page's sections. */
    private enum Kind {
        CLASS("classes", "Classes", "Class", Vocabularies.OWL + "Class", Vocabularies.RDFS + "Class"),
        OBJECT_PROPERTY("object-properties", "Object properties", "Object property", Vocabularies.OWL + "ObjectProperty"),
        DATATYPE_PROPERTY("datatype-properties", "Datatype properties", "Datatype property",
            Vocabularies.OWL + "DatatypeProperty"),
        OTHER_PROPERTY("other-properties", "Other properties", "Property", Vocabularies.OWL + "AnnotationProperty",
            Vocabularies.RDF + "Property");

        final String sectionId;
        final String heading;
        final String name;
        final List<String> types;

        Kind(String sectionId, String heading, String name, String... types) {
            this.sectionId = sectionId;
            this.heading = heading;
            this.name = name;
            this.types = List.of(types);
        }

        static Kind of(String type) {
            for (Kind kind : values()) if (kind.types.contains(type)) return kind;
            return OTHER_PROPERTY;
        }
    }

    /** Headings of the SKOS and OWL axioms that align a term to another vocabulary's. */
    private static final Map<String, String> ALIGNMENTS = Map.of(
        "subClassOf", "sub-class of",
        "subPropertyOf", "sub-property of",
        "equivalentTo", "equivalent to",
        "exactMatch", "exact match",
        "closeMatch", "close match",
        "relatedMatch", "related match",
        "broadMatch", "broad match",
        "narrowMatch", "narrow match");

    Content read(GraphStore store) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        Map<String, Row> described = new LinkedHashMap<>();
        for (Row row : termsQuery.select(store)) {
            Kind kind = Kind.of(row.iri("kind"));
            kinds.merge(row.iri("term"), kind, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            described.putIfAbsent(row.iri("term"), row);
        }
        List<Axiom> axioms = axiomsQuery.select(store).stream()
            .map(r -> new Axiom(r.iri("term"), r.text("axiom"), r.iri("value"))).toList();

        List<Section> sections = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<Term> terms = kinds.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey)
                .sorted(Comparator.comparing((String iri) -> localName(iri).toLowerCase(Locale.ROOT)))
                .map(iri -> term(iri, kind, described.get(iri), axioms))
                .toList();
            if (!terms.isEmpty()) sections.add(new Section(kind.sectionId, kind.heading, terms));
        }
        return new Content(header(headerQuery.select(store)), sections, kinds.size());
    }

    private record Axiom(String term, String axiom, String value) {}

    private Term term(String iri, Kind kind, Row row, List<Axiom> axioms) {
        List<Axiom> own = axioms.stream().filter(a -> a.term().equals(iri)).toList();
        List<Fact> facts = new ArrayList<>();
        boolean isClass = kind == Kind.CLASS;
        fact(facts, isClass ? "Sub-class of" : "Sub-property of", ours(own, isClass ? "subClassOf" : "subPropertyOf"));
        fact(facts, isClass ? "Sub-classes" : "Sub-properties", referring(axioms, isClass ? "subClassOf" : "subPropertyOf", iri));
        fact(facts, "Domain", values(own, "domain"));
        fact(facts, "Range", values(own, "range"));
        fact(facts, "Range includes", values(own, "rangeIncludes"));
        fact(facts, "Inverse of", values(own, "inverseOf"));
        fact(facts, "Disjoint with", values(own, "disjointWith"));
        if (isClass) {
            fact(facts, "Domain of", referring(axioms, "domain", iri));
            fact(facts, "Range of", referring(axioms, "range", iri));
        }
        fact(facts, "Alignments", own.stream()
            .filter(a -> ALIGNMENTS.containsKey(a.axiom()) && !iris.contains(a.value()))
            .map(a -> link(a.value(), ALIGNMENTS.get(a.axiom()))).toList());
        List<String> characteristics = own.stream().filter(a -> a.axiom().equals("characteristic"))
            .map(a -> characteristic(localName(a.value()))).toList();
        return new Term(localName(iri), iri, kind.name, row.text("label"), row.text("comment"), characteristics, facts);
    }

    private Header header(List<Row> rows) {
        if (rows.isEmpty()) return null;
        Row first = rows.get(0);
        List<Link> seeAlso = rows.stream().map(r -> r.iri("seeAlso")).filter(s -> s != null).distinct()
            .map(s -> new Link(s, s, s, null)).toList();
        String namespace = iris.vocabularyNamespace();
        return new Header(first.iri("ontology"), first.text("label"), first.text("comment"), first.iri("versionIri"),
            first.text("versionInfo"), first.text("created"), first.text("modified"), first.iri("license"), seeAlso,
            prefixes.getNsURIPrefix(namespace), namespace);
    }

    private static void fact(List<Fact> facts, String heading, List<Link> values) {
        if (!values.isEmpty()) facts.add(new Fact(heading, values));
    }

    private List<Link> values(List<Axiom> axioms, String axiom) {
        return axioms.stream().filter(a -> a.axiom().equals(axiom)).map(a -> link(a.value(), null)).toList();
    }

    /** Values of the axiom that are terms of ours (the others are alignments). */
    private List<Link> ours(List<Axiom> axioms, String axiom) {
        return axioms.stream().filter(a -> a.axiom().equals(axiom) && iris.contains(a.value()))
            .map(a -> link(a.value(), null)).toList();
    }

    /** Our terms that state the axiom with {@code iri} as its value. */
    private List<Link> referring(List<Axiom> axioms, String axiom, String iri) {
        return axioms.stream().filter(a -> a.axiom().equals(axiom) && a.value().equals(iri))
            .map(a -> link(a.term(), null)).toList();
    }

    private Link link(String iri, String relation) {
        String text = prefixes.shortForm(iri);
        String href = iri.startsWith(iris.vocabularyNamespace()) ? "#" + localName(iri) : iri;
        return new Link(text, href, iri, relation);
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    /** "InverseFunctionalProperty" → "inverse functional". */
    private static String characteristic(String owlLocalName) {
        String words = owlLocalName.replaceFirst("Property$", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return words.toLowerCase(Locale.ROOT);
    }
}
