package org.pyconfgraph.publish.linkeddata;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.pyconfgraph.store.OrderedGraph;
import org.pyconfgraph.store.StoreReader;

/**
 * What a document says about its topic: the description (DESCRIBE) of the topic and of its hash IRIs
 * ({@code <…/id/place/x#address>} is described in the document of {@code <…/id/place/x>}). The hash IRIs are found
 * by following links from the topic, directly or through another of its hash IRIs ({@code <…/dataset#dump-ttl>} →
 * {@code <…/dataset#dump-ttl-sha256>}), or links to it by the properties with which some hash IRI of the release
 * links to its own resource ({@code <…#startDate> rdf:subject <…>}), which the hub index lists. Lookups from the
 * topic and bound properties, never a read of all the links to a resource (a class every event is typed with has
 * millions) nor a scan of every IRI for the prefix.
 */
final class TopicDescription {
    private final List<Node> partLinks;

    /** @param partLinks the properties by which a hash IRI of the release links to its own resource */
    TopicDescription(List<Node> partLinks) {
        this.partLinks = partLinks;
    }

    Graph of(StoreReader reader, Node topic) {
        Graph described = reader.describe(List.of(topic));
        Set<Node> linked = hashIrisLinkedFrom(described, topic, topic);
        Set<Node> parts = new LinkedHashSet<>(linked);
        reader.statementsTo(List.of(topic), partLinks).find().forEachRemaining(t -> {
            if (isHashIri(t.getSubject(), topic)) parts.add(t.getSubject());
        });
        if (parts.isEmpty()) return described;
        Graph document = OrderedGraph.of(described.find());
        Graph partsDescribed = reader.describe(parts);
        GraphUtil.addInto(document, partsDescribed);
        // The hash IRIs that those the topic links to link to.
        Set<Node> further = new LinkedHashSet<>();
        for (Node via : linked) further.addAll(hashIrisLinkedFrom(partsDescribed, via, topic));
        further.removeAll(parts);
        if (!further.isEmpty()) GraphUtil.addInto(document, reader.describe(further));
        return OrderedGraph.of(document.find());
    }

    /** The hash IRIs of {@code topic} that {@code subject} links to in {@code graph}. */
    private static Set<Node> hashIrisLinkedFrom(Graph graph, Node subject, Node topic) {
        Set<Node> found = new LinkedHashSet<>();
        for (Triple t : graph.find(subject, Node.ANY, Node.ANY).toList())
            if (isHashIri(t.getObject(), topic)) found.add(t.getObject());
        return found;
    }

    /** An IRI of the form {@code <topic#…>}. */
    private static boolean isHashIri(Node node, Node topic) {
        return node.isURI() && node.getURI().startsWith(topic.getURI() + "#");
    }
}
