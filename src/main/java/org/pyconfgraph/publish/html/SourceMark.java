package org.pyconfgraph.publish.html;

/**
 * A small mark beside a stated value, linking to one source that states it: its key as the visible text
 * ("W10"), and an accessible name that says what the mark is ("source: W10").
 *
 * @param text the visible text: the source's key, or "source" for a source without one
 * @param href the source's IRI
 * @param name the link's accessible name
 */
record SourceMark(String text, String href, String name) {

    /** @param key the source's key if it has one; @param label its label, used when there is no key */
    static SourceMark of(String iri, String key, String label) {
        if (key != null) return new SourceMark(key, iri, "source: " + key);
        return new SourceMark("source", iri, "source: " + (label != null ? label : iri));
    }
}
