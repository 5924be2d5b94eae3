package org.pyconfgraph.publish.linkeddata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.publish.http.ReleaseCache;
import org.pyconfgraph.store.OrderedGraph;
import org.pyconfgraph.store.StoreReader;

/**
 * The statements about single resources that many documents repeat: a resource's labels (in every document that
 * links to it) and its schema.org statements (a series' are in the page of each of its editions, a venue's in
 * each event held there). Each resource's are read once per release and kept in bounded caches, so that a document
 * reads only those of the resources no recent document mentioned. The graphs given out hold what one query over
 * all the resources would give, in {@link OrderedGraph}'s order.
 */
final class ResourceStatements {
    /** Resources whose labels are kept: a label is a few hundred bytes, so some MB at most. */
    static final int LABELLED_RESOURCES = 32_768;
    /** Resources whose schema.org statements are kept: tens of statements each (a series' editions), tens of MB. */
    static final int SCHEMA_ORG_RESOURCES = 16_384;
    private static final String RDF_TYPE = Vocabularies.RDF + "type";

    private final StoreQueries queries;
    private final String releaseId;
    private final ReleaseCache<List<Triple>> labels = new ReleaseCache<>(LABELLED_RESOURCES);
    private final ReleaseCache<List<Triple>> schemaOrg = new ReleaseCache<>(SCHEMA_ORG_RESOURCES);

    /** @param releaseId the release the store holds, which the kept statements belong to */
    ResourceStatements(StoreQueries queries, String releaseId) {
        this.queries = queries;
        this.releaseId = releaseId;
    }

    /** The labels of each of the IRIs, those not kept read in one query. */
    Graph labels(StoreReader reader, Collection<Node> iris) {
        List<Triple> statements = new ArrayList<>();
        List<Node> missing = new ArrayList<>();
        Map<String, List<Triple>> cached = labels.cached(releaseId, iris.stream().map(Node::getURI).toList());
        for (Node iri : iris) {
            List<Triple> kept = cached.get(iri.getURI());
            if (kept == null) missing.add(iri);
            else statements.addAll(kept);
        }
        if (!missing.isEmpty()) {
            Map<Node, List<Triple>> read = new HashMap<>();
            queries.labels(reader, missing).find()
                .forEachRemaining(t -> read.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t));
            for (Node iri : missing) {
                List<Triple> found = List.copyOf(read.getOrDefault(iri, List.of()));
                labels.keep(releaseId, iri.getURI(), found);
                statements.addAll(found);
            }
        }
        return OrderedGraph.of(statements.iterator());
    }

    /**
     * The schema.org description a page embeds: the schema.org statements about the topic and its hash IRIs, and
     * about each IRI the topic links to with a schema.org property (not {@code rdf:type}) and its hash IRIs.
     */
    Graph schemaOrgDescription(StoreReader reader, Node topic) {
        List<Triple> own = schemaOrgStatements(reader, topic);
        Set<Node> linked = new LinkedHashSet<>();
        for (Triple t : own)
            if (t.getSubject().equals(topic) && t.getObject().isURI() && !t.getPredicate().getURI().equals(RDF_TYPE))
                linked.add(t.getObject());
        Set<Triple> statements = new LinkedHashSet<>(own);
        for (Node resource : linked) statements.addAll(schemaOrgStatements(reader, resource));
        return OrderedGraph.of(statements.iterator());
    }

    private List<Triple> schemaOrgStatements(StoreReader reader, Node resource) {
        return schemaOrg.get(releaseId, resource.getURI(),
            () -> List.copyOf(queries.schemaOrgStatements(reader, resource).find().toList()));
    }
}
