package org.pyconfgraph.publish.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.pyconfgraph.store.OrderedGraph;
import org.pyconfgraph.store.StoreReader;

/**
 * What a document reads of the links to its topic, with the release's {@link HubIndex}: a hub's first links from the
 * index, any other resource's from {@code incoming.rq} (at most its LIMIT of them), and the topic's description
 * with the hash IRIs that link to it by the properties the index lists. The index is opened from the release
 * folder, or, for a release without one, computed once in the first document's read (the other first documents
 * wait for it) into a temporary file.
 */
final class IncomingLinks {
    private final StoreQueries queries;
    private final Optional<Path> builtIndex;
    private volatile Loaded loaded;

    private record Loaded(HubIndex index, TopicDescription description) {}

    /** @param builtIndex the release's {@link HubIndex} file, if its build wrote one */
    IncomingLinks(StoreQueries queries, Optional<Path> builtIndex) {
        this.queries = queries;
        this.builtIndex = builtIndex;
    }

    /** The concise bounded description of the topic and of its hash IRIs. */
    Graph description(StoreReader reader, Node topic) {
        return loaded(reader).description().of(reader, topic);
    }

    /** The links to the topic from other IRIs: the first of them in {@code incoming.rq}'s order, as it gives them. */
    Graph incoming(StoreReader reader, Node topic) {
        return loaded(reader).index().incoming(topic).map(links -> OrderedGraph.of(links.iterator()))
            .orElseGet(() -> queries.incoming(reader, topic));
    }

    private Loaded loaded(StoreReader reader) {
        Loaded known = loaded;
        return known != null ? known : load(reader);
    }

    private synchronized Loaded load(StoreReader reader) {
        if (loaded == null) {
            HubIndex index = builtIndex.map(HubIndex::open).orElseGet(() -> computed(reader));
            loaded = new Loaded(index, new TopicDescription(index.partLinks()));
        }
        return loaded;
    }

    private static HubIndex computed(StoreReader reader) {
        try {
            Path file = Files.createTempFile("pyconf-graph-", "-" + HubIndex.FILE);
            file.toFile().deleteOnExit();
            HubIndex.write(reader, file);
            return HubIndex.open(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the hub index: " + e.getMessage(), e);
        }
    }
}
