package org.pyconfgraph.publish.linkeddata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.pyconfgraph.format.RdfWriters;
import org.pyconfgraph.publish.document.HtmlDocumentRenderer;
import org.pyconfgraph.publish.document.ResourceDocument;
import org.pyconfgraph.store.GraphStore;

/**
 * Writes a document's one graph in a variant: RDF through the release's writers, HTML through the page. The graph
 * and what the page adds (a series' editions, a source's citations) are read in one read of the store, so that
 * they come from one snapshot.
 */
final class DocumentSerializer {
    private final RdfWriters writers;
    private final HtmlDocumentRenderer page;
    private final GraphStore store;

    DocumentSerializer(RdfWriters writers, HtmlDocumentRenderer page, GraphStore store) {
        this.writers = writers;
        this.page = page;
        this.store = store;
    }

    byte[] serialize(DocumentSet documents, Variant variant) {
        return store.read(reader -> write(documents, variant));
    }

    private byte[] write(DocumentSet documents, Variant variant) {
        ResourceDocument.Content content = documents.read();
        ResourceDocument document = new ResourceDocument(documents.topic(), documents.stem(), content.graph(),
            content.schemaOrg(), alternates(documents));
        if (variant.isHtml()) return page.render(document).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writers.write(document.graph(), variant.rdf(), out);
        return out.toByteArray();
    }

    private static List<ResourceDocument.Alternate> alternates(DocumentSet documents) {
        return Variant.ALL.stream()
            .map(v -> new ResourceDocument.Alternate(documents.url(v), v.mediaType(), v.name()))
            .toList();
    }
}
