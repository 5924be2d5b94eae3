package org.pyconfgraph.publish.sparql;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;

/**
 * The SPARQL 1.1 Service Description of the endpoint: its language, result formats and features, and the
 * dataset it serves, named by the same IRI as the dataset's VoID and DCAT description.
 */
public final class ServiceDescription {
    private ServiceDescription() {}

    /** @param endpoint the endpoint's IRI, e.g. {@code https://example.org/sparql} */
    public static Graph describe(IriSpace iris, String endpoint, List<ResultFormat> formats) {
        Model model = ModelFactory.createDefaultModel();
        Resource dataset = model.createResource(iris.dataset(), sd(model, "Dataset"))
            .addProperty(property(model, "defaultGraph"), model.createResource(sd(model, "Graph")));
        for (NamedGraph graph : NamedGraph.values()) {
            dataset.addProperty(property(model, "namedGraph"), model.createResource(sd(model, "NamedGraph"))
                .addProperty(property(model, "name"), model.createResource(graph.node(iris).getURI()))
                .addProperty(property(model, "graph"), model.createResource(sd(model, "Graph"))));
        }
        Resource service = model.createResource(sd(model, "Service"))
            .addProperty(property(model, "endpoint"), model.createResource(endpoint))
            .addProperty(property(model, "supportedLanguage"), sd(model, "SPARQL11Query"))
            // The default graph is the union of the named graphs; SERVICE is refused, so no federation.
            .addProperty(property(model, "feature"), sd(model, "UnionDefaultGraph"))
            .addProperty(property(model, "defaultDataset"), dataset);
        formats.forEach(f -> service.addProperty(property(model, "resultFormat"), model.createResource(f.formatIri())));
        model.setNsPrefix("sd", Vocabularies.SD);
        model.setNsPrefix("formats", Vocabularies.FORMATS);
        return model.getGraph();
    }

    private static Resource sd(Model model, String localName) { return model.createResource(Vocabularies.SD + localName); }

    private static Property property(Model model, String localName) {
        return model.createProperty(Vocabularies.SD, localName);
    }
}
