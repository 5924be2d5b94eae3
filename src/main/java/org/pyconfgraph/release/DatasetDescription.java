package org.pyconfgraph.release;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.pyconfgraph.format.RdfFormat;
import org.pyconfgraph.format.RdfFormats;
import org.pyconfgraph.load.LoadException;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;

/**
 * Builds the metadata graph: the declared description of the dataset (data/metadata/) plus a VoID and DCAT 3
 * description computed from the release: the figures of {@link DatasetStatistics}, one subset per content
 * graph, one distribution per dump (its immutable download URL, media type, byte size and SHA-256) and the
 * SPARQL endpoint as a data service.
 * <p>
 * Every node is an IRI: the dataset's own parts are {@code <dataset#…>}, named from what they describe, so the
 * graph is the same on every build of the same release and each node is described in the dataset IRI's document.
 */
final class DatasetDescription {
    private static final Pattern FRAGMENT_SAFE = Pattern.compile("[A-Za-z0-9._-]+");
    private static final String GZIP = "application/gzip";

    private final IriSpace iris;
    private final DatasetGraph content;
    private final List<Dump> dumps;
    private final String releaseId;
    private final Model model;

    private DatasetDescription(IriSpace iris, DatasetGraph content, List<Dump> dumps, String releaseId, Model model) {
        this.iris = iris;
        this.content = content;
        this.dumps = dumps;
        this.releaseId = releaseId;
        this.model = model;
    }

    /**
     * @param content  the content graphs, which the figures count
     * @param dumps    the release's dumps, each described as a distribution
     * @param declared the description declared in data/metadata/, carried over as it is
     */
    static Graph describe(IriSpace iris, DatasetGraph content, List<Dump> dumps, String releaseId, Graph declared) {
        return describe(iris, content, dumps, releaseId, declared, DatasetStatistics.of(content, iris));
    }

    /** @param statistics the figures of {@code content}, when they are counted already */
    static Graph describe(IriSpace iris, DatasetGraph content, List<Dump> dumps, String releaseId, Graph declared,
                          DatasetStatistics statistics) {
        requireNoBlankNodes(declared);
        Graph metadata = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(metadata, declared);
        new DatasetDescription(iris, content, dumps, releaseId, ModelFactory.createModelForGraph(metadata))
            .describe(statistics);
        return metadata;
    }

    private void describe(DatasetStatistics statistics) {
        Resource dataset = model.createResource(iris.dataset())
            .addProperty(RDF.type, voidTerm("Dataset"))
            .addProperty(RDF.type, dcat("Dataset"));
        requireExamplesDescribed(dataset);
        describeFigures(dataset, statistics);
        describeAccess(dataset, statistics);
        dumps.forEach(dump -> describeDistribution(dataset, dump));
        describeService(dataset);
    }

    /** The release date declared as {@code dcterms:modified} of the dataset. */
    static Instant modified(Graph declared, IriSpace iris) {
        Node dataset = NodeFactory.createURI(iris.dataset());
        Node modified = NodeFactory.createURI(Vocabularies.DCTERMS + "modified");
        return declared.find(dataset, modified, Node.ANY).nextOptional()
            .map(t -> LocalDate.parse(t.getObject().getLiteralLexicalForm()).atStartOfDay().toInstant(ZoneOffset.UTC))
            .orElseThrow(() -> new LoadException("data/metadata/: the dataset <" + iris.dataset()
                + "> needs a dcterms:modified date (the release date)"));
    }

    private void describeFigures(Resource dataset, DatasetStatistics statistics) {
        dataset.addLiteral(voidProperty("triples"), integer(statistics.triples()))
            .addLiteral(voidProperty("entities"), integer(statistics.entities()))
            .addLiteral(voidProperty("classes"), integer(statistics.classEntities().size()))
            .addLiteral(voidProperty("properties"), integer(statistics.propertyTriples().size()));
        statistics.classEntities().forEach((c, entities) -> dataset.addProperty(voidProperty("classPartition"),
            part("class-" + shortName(c))
                .addProperty(voidProperty("class"), model.createResource(c))
                .addLiteral(voidProperty("entities"), integer(entities))));
        statistics.propertyTriples().forEach((p, triples) -> dataset.addProperty(voidProperty("propertyPartition"),
            part("property-" + shortName(p))
                .addProperty(voidProperty("property"), model.createResource(p))
                .addLiteral(voidProperty("triples"), integer(triples))));
        statistics.graphTriples().forEach((graph, triples) -> dataset.addProperty(voidProperty("subset"),
            part("graph-" + graph.localName())
                .addProperty(RDF.type, voidTerm("Dataset"))
                .addProperty(RDF.type, sd("NamedGraph"))
                .addProperty(model.createProperty(Vocabularies.SD, "name"), model.createResource(graph.node(iris).getURI()))
                .addLiteral(voidProperty("triples"), integer(triples))));
    }

    private void describeAccess(Resource dataset, DatasetStatistics statistics) {
        dataset.addProperty(voidProperty("uriSpace"), iris.thing(""))
            .addProperty(voidProperty("sparqlEndpoint"), model.createResource(iris.sparqlEndpoint()));
        statistics.vocabularies().forEach(v -> dataset.addProperty(voidProperty("vocabulary"), model.createResource(v)));
        dumps.forEach(d -> dataset.addProperty(voidProperty("dataDump"), downloadUrl(d)));
    }

    private void describeDistribution(Resource dataset, Dump dump) {
        String name = "dump-" + dump.fileName().substring(DumpWriter.FILE_STEM.length() + 1).replace('.', '-');
        RdfFormat format = dump.format();
        Resource distribution = part(name)
            .addProperty(RDF.type, dcat("Distribution"))
            .addProperty(dcterms("title"), format.name() + " dump" + (dump.gzipped() ? ", gzip-compressed" : ""), "en")
            .addProperty(dcatProperty("downloadURL"), downloadUrl(dump))
            .addProperty(dcatProperty("accessURL"), model.createResource(iris.dumps()))
            // The media type of the data itself; a gzip file says so with dcat:compressFormat, as DCAT 3 does.
            .addProperty(dcatProperty("mediaType"), mediaType(format.mediaType()))
            .addLiteral(dcatProperty("byteSize"), model.createTypedLiteral(String.valueOf(dump.byteSize()),
                XSDDatatype.XSDnonNegativeInteger))
            .addProperty(model.createProperty(Vocabularies.SPDX, "checksum"), part(name + "-sha256")
                .addProperty(RDF.type, model.createResource(Vocabularies.SPDX + "Checksum"))
                .addProperty(model.createProperty(Vocabularies.SPDX, "algorithm"),
                    model.createResource(Vocabularies.SPDX + "checksumAlgorithm_sha256"))
                .addLiteral(model.createProperty(Vocabularies.SPDX, "checksumValue"),
                    model.createTypedLiteral(dump.sha256(), XSDDatatype.XSDhexBinary)));
        if (dump.gzipped()) distribution.addProperty(dcatProperty("compressFormat"), mediaType(GZIP));
        // JSON-LD is compacted with the published context, which has a URL of its own (DCAT: the schema or view
        // that a representation conforms to).
        if (format.equals(RdfFormats.JSONLD))
            distribution.addProperty(dcterms("conformsTo"), model.createResource(iris.jsonLdContext(ontologyVersions())));
        // A distribution carries the dataset's licence, as DCAT profiles ask of each download.
        dataset.listProperties(dcterms("license")).toList()
            .forEach(license -> distribution.addProperty(dcterms("license"), license.getObject()));
        dataset.addProperty(dcatProperty("distribution"), distribution);
    }

    private List<String> ontologyVersions() {
        return content.getGraph(NamedGraph.ONTOLOGY.node(iris))
            .find(NodeFactory.createURI(iris.vocabulary()), OWL2.versionIRI.asNode(), Node.ANY)
            .filterKeep(t -> t.getObject().isURI()).mapWith(t -> t.getObject().getURI()).toList();
    }

    private void describeService(Resource dataset) {
        Resource endpoint = model.createResource(iris.sparqlEndpoint());
        part("sparql-service")
            .addProperty(RDF.type, dcat("DataService"))
            .addProperty(dcterms("title"), "SPARQL endpoint", "en")
            .addProperty(dcatProperty("endpointURL"), endpoint)
            // A GET of the endpoint without a query answers its SPARQL service description.
            .addProperty(dcatProperty("endpointDescription"), endpoint)
            .addProperty(dcterms("conformsTo"), model.createResource(Vocabularies.SPARQL_PROTOCOL))
            .addProperty(dcatProperty("servesDataset"), dataset);
    }

    private static void requireNoBlankNodes(Graph declared) {
        declared.find().forEachRemaining(t -> {
            if (t.getSubject().isBlank() || t.getObject().isBlank())
                throw new LoadException("data/metadata/: blank nodes are not allowed in the dataset description, so "
                    + "that every node dereferences; name the node <dataset#…> instead (in: " + t + ")");
        });
    }

    /** The declared example resources must be things the release describes. */
    private void requireExamplesDescribed(Resource dataset) {
        for (RDFNode example : dataset.listProperties(voidProperty("exampleResource")).mapWith(s -> s.getObject()).toList()) {
            if (!example.isURIResource() || !content.contains(Node.ANY, example.asNode(), Node.ANY, Node.ANY))
                throw new LoadException("data/metadata/: the example resource " + example
                    + " is not described by the data");
        }
    }

    private Resource downloadUrl(Dump dump) { return model.createResource(iris.dump(releaseId, dump.fileName())); }

    private Resource mediaType(String mediaType) { return model.createResource(Vocabularies.IANA_MEDIA_TYPES + mediaType); }

    private Resource part(String fragment) { return model.createResource(iris.datasetPart(fragment)); }

    /**
     * A readable, stable fragment for a term: {@code prefix-localName} with our prefixes (e.g. {@code schema-Event}),
     * else a digest of the IRI.
     */
    private String shortName(String term) {
        Map<String, String> prefixes = Vocabularies.prefixes(iris).getNsPrefixMap();
        return prefixes.entrySet().stream()
            .filter(e -> term.startsWith(e.getValue()))
            .max(Comparator.comparingInt(e -> e.getValue().length()))
            .map(e -> e.getKey() + "-" + term.substring(e.getValue().length()))
            .filter(name -> FRAGMENT_SAFE.matcher(name).matches())
            .orElseGet(() -> "h" + Dump.sha256(term.getBytes(StandardCharsets.UTF_8)).substring(0, 16));
    }

    private Literal integer(long value) {
        return model.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger);
    }

    private Property voidProperty(String localName) { return model.createProperty(Vocabularies.VOID, localName); }

    private Resource voidTerm(String localName) { return model.createResource(Vocabularies.VOID + localName); }

    private Property dcatProperty(String localName) { return model.createProperty(Vocabularies.DCAT, localName); }

    private Resource dcat(String localName) { return model.createResource(Vocabularies.DCAT + localName); }

    private Property dcterms(String localName) { return model.createProperty(Vocabularies.DCTERMS, localName); }

    private Resource sd(String localName) { return model.createResource(Vocabularies.SD + localName); }
}
