package org.pyconfgraph.model;

import java.net.URI;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/**
 * The URI space of one instance. Data files use IRIs relative to the public base, so one setting
 * (the base) decides every IRI the instance mints, serves and dereferences.
 */
public final class IriSpace {
    public static final String THING_PATH = "id/";
    public static final String DOCUMENT_PATH = "doc/";
    public static final String VOCABULARY_PATH = "vocab";
    public static final String GRAPH_PATH = "graph/";
    public static final String DATASET_PATH = "dataset";
    public static final String SPARQL_PATH = "sparql";
    /** Release files live at {@code dumps/{releaseId}/{file}}; the folder itself is their listing. */
    public static final String DUMPS_PATH = "dumps/";
    public static final String JSONLD_CONTEXT_FILE = "context.jsonld";
    /** Redirects to the context of the current ontology version. */
    public static final String CURRENT_JSONLD_CONTEXT_PATH = VOCABULARY_PATH + "/" + JSONLD_CONTEXT_FILE;

    private final String base;

    private IriSpace(String base) {
        this.base = base;
    }

    /** @param base an absolute http(s) IRI; a missing trailing slash is added */
    public static IriSpace of(String base) {
        Objects.requireNonNull(base, "base");
        URI uri = URI.create(base);
        if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")))
            throw new IllegalArgumentException("The public base must be an absolute http(s) IRI: " + base);
        return new IriSpace(base.endsWith("/") ? base : base + "/");
    }

    public String base() { return base; }

    /** Ontology IRI; terms are {@code vocabulary()#Term}. */
    public String vocabulary() { return base + VOCABULARY_PATH; }

    public String vocabularyNamespace() { return vocabulary() + "#"; }

    public String term(String localName) { return vocabularyNamespace() + localName; }

    public String thing(String path) { return base + THING_PATH + path; }

    public String graph(String name) { return base + GRAPH_PATH + name; }

    public String dataset() { return base + DATASET_PATH; }

    /** A node of the dataset's description, {@code dataset#fragment}: part of the dataset IRI's own document. */
    public String datasetPart(String fragment) { return dataset() + "#" + fragment; }

    public String sparqlEndpoint() { return base + SPARQL_PATH; }

    /** The listing of the current release's files. */
    public String dumps() { return base + DUMPS_PATH; }

    /** The immutable URL of one file of one release. */
    public String dump(String releaseId, String fileName) { return dumps() + releaseId + "/" + fileName; }

    /**
     * The URL of the published JSON-LD context: under the ontology's version IRI ({@code vocab/1.0/context.jsonld}),
     * the latest if there are several in this space, so that each ontology version has its own; at
     * {@code vocab/context.jsonld} if the ontology has none.
     */
    public String jsonLdContext(Collection<String> ontologyVersions) {
        return ontologyVersions.stream().filter(this::contains).max(Comparator.naturalOrder())
            .map(version -> version + "/" + JSONLD_CONTEXT_FILE)
            .orElse(resolve(CURRENT_JSONLD_CONTEXT_PATH));
    }

    public String resolve(String relative) { return base + relative; }

    public boolean contains(String iri) { return iri.startsWith(base); }

    /** Path of an IRI relative to the base, or null if the IRI is outside this space. */
    public String relativePath(String iri) { return contains(iri) ? iri.substring(base.length()) : null; }

    @Override public String toString() { return base; }
}
