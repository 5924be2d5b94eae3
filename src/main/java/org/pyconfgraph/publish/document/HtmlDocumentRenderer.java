package org.pyconfgraph.publish.document;

/** Turns a resource's document into an HTML page; the linked-data module uses it for the HTML format. */
@FunctionalInterface
public interface HtmlDocumentRenderer {
    String render(ResourceDocument document);
}
