package org.pyconfgraph.publish.linkeddata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.publish.http.ReleaseCache;
import org.pyconfgraph.store.OrderedGraph;
import org.pyconfgraph.store.StoreReader;

/**
 * The statements about single resources that many documents repeat: a resource's labels (in every document that
 * links to it) and its schema.org statements (a venue's in each event held there, a series' in each edition's page).
 * Each resource's are read once per release and kept in caches bounded by the triples they hold, so that a document
 * reads only those of the resources no recent document mentioned, in one query for all of them. The graphs given
 * out hold what one query over all the resources would give, in {@link OrderedGraph}'s order.
 */
final class ResourceStatements {
    /** Label triples kept: a label is a few hundred bytes, so some MB at most. */
    static final long LABEL_TRIPLES = 65_536;
    /** Schema.org triples kept, of topics and of the resources they link to: a few hundred bytes each, tens of MB. */
    static final long SCHEMA_ORG_TRIPLES = 131_072;
    private static final String RDF_TYPE = Vocabularies.RDF + "type";
    private static final List<Node> LABEL_PROPERTIES =
        Vocabularies.LABEL_PROPERTIES.stream().map(NodeFactory::createURI).toList();

    private final SchemaOrgStatements schemaOrgStatements;
    private final String releaseId;
    private final ReleaseCache<List<Triple>> labels = new ReleaseCache<>(LABEL_TRIPLES, List::size);
    private final ReleaseCache<List<Triple>> schemaOrg = new ReleaseCache<>(SCHEMA_ORG_TRIPLES, List::size);
    private final ReleaseCache<List<Triple>> linkedSchemaOrg = new ReleaseCache<>(SCHEMA_ORG_TRIPLES, List::size);

    /** @param releaseId the release the store holds, which the kept statements belong to */
    ResourceStatements(IriSpace iris, String releaseId) {
        this.schemaOrgStatements = new SchemaOrgStatements(iris);
        this.releaseId = releaseId;
    }

    /** The labels of each of the IRIs, those not kept read in one read of the store. */
    Graph labels(StoreReader reader, Collection<Node> iris) {
        return OrderedGraph.of(kept(labels, iris, missing -> {
            Map<Node, List<Triple>> read = new HashMap<>();
            reader.statements(missing, LABEL_PROPERTIES).find()
                .forEachRemaining(t -> read.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t));
            return read;
        }).iterator());
    }

    /**
     * The schema.org description a page embeds: the schema.org statements about the topic and its hash IRIs, and
     * those that describe each IRI the topic links to with a schema.org property (not {@code rdf:type}): their
     * literal values, types and hash IRIs (a venue's name and address), not their own links to other resources
     * (a series' to every edition), so that the description grows with the topic alone.
     */
    Graph schemaOrgDescription(StoreReader reader, Node topic) {
        List<Triple> own = schemaOrg.get(releaseId, topic.getURI(),
            () -> schemaOrgStatements.about(reader, topic));
        Set<Node> linked = new LinkedHashSet<>();
        for (Triple t : own)
            if (t.getSubject().equals(topic) && t.getObject().isURI() && !t.getPredicate().getURI().equals(RDF_TYPE))
                linked.add(t.getObject());
        Set<Triple> statements = new LinkedHashSet<>(own);
        statements.addAll(kept(linkedSchemaOrg, linked, missing -> schemaOrgStatements.describing(reader, missing)));
        return OrderedGraph.of(statements.iterator());
    }

    /** The statements {@code cache} keeps of each of the IRIs, those not kept read by {@code read} in one go. */
    private List<Triple> kept(ReleaseCache<List<Triple>> cache, Collection<Node> iris,
                              Function<List<Node>, Map<Node, List<Triple>>> read) {
        List<Triple> statements = new ArrayList<>();
        List<Node> missing = new ArrayList<>();
        Map<String, List<Triple>> cached = cache.cached(releaseId, iris.stream().map(Node::getURI).toList());
        for (Node iri : iris) {
            List<Triple> kept = cached.get(iri.getURI());
            if (kept == null) missing.add(iri);
            else statements.addAll(kept);
        }
        if (!missing.isEmpty()) {
            Map<Node, List<Triple>> found = read.apply(missing);
            for (Node iri : missing) {
                List<Triple> each = List.copyOf(found.getOrDefault(iri, List.of()));
                cache.keep(releaseId, iri.getURI(), each);
                statements.addAll(each);
            }
        }
        return statements;
    }
}
