package org.pyconfgraph.publish.html;

/**
 * How a page shows one RDF term ({@code templates/term.mustache}): an IRI as a link (or, if it is no web
 * address, as code), a literal with its language or datatype, a blank node as a link to its section.
 *
 * @param href     the link target; null for an IRI that is not an http(s) address
 * @param datatype the literal's datatype, shown unless it is a plain or language-tagged string
 * @param anchor   the id of a blank node's section
 */
record Term(String text, String href, boolean iri, boolean literal, boolean blank, String language, Term datatype,
            String anchor) {

    /** The text in pieces that may wrap between them (see {@link BreakPoints}). */
    public java.util.List<String> pieces() { return BreakPoints.pieces(text); }

    static Term link(String text, String iri) {
        boolean web = iri.regionMatches(true, 0, "http://", 0, 7) || iri.regionMatches(true, 0, "https://", 0, 8);
        return web ? new Term(text, iri, true, false, false, null, null, null)
                   : new Term(iri, null, true, false, false, null, null, null);
    }

    static Term literal(String lexicalForm, String language, Term datatype) {
        return new Term(lexicalForm, null, false, true, false, language, datatype, null);
    }

    static Term blank(String id) {
        return new Term("_:" + id, null, false, false, true, null, null, "_" + id);
    }
}
