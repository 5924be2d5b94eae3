package org.pyconfgraph.release;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pyconfgraph.load.LoadException;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.Vocabularies;

/**
 * Builds the metadata graph: the declared description of the dataset (data/metadata/) plus figures
 * computed from the release (VoID statistics, DCAT distributions of the dumps).
 */
final class DatasetDescription {
    private final IriSpace iris;
    private final DatasetGraph content;
    private final List<Dump> dumps;
    private final String releaseId;
    private final Instant modified;

    DatasetDescription(IriSpace iris, DatasetGraph content, List<Dump> dumps, String releaseId, Instant modified) {
        this.iris = iris;
        this.content = content;
        this.dumps = dumps;
        this.releaseId = releaseId;
        this.modified = modified;
    }

    Graph describe(Graph declared) {
        Graph metadata = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(metadata, declared);
        return metadata;
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
}
