package org.pyconfgraph.publish.html;

/**
 * The text of a data block ({@code <script type="application/ld+json">}, {@code text/turtle}) in a page. A script
 * element's text is not HTML and must not be HTML-escaped; it only must not contain what would end the element
 * or start a comment there ({@code </script}, {@code <!--}). Templates write values of this type unescaped, and
 * nothing else.
 */
public record ScriptData(String text) {

    /** JSON with every {@code <} written as the escape {@code \u003c}, which means the same character to JSON. */
    public static ScriptData json(String json) {
        return new ScriptData(json.replace("<", "\\u003c"));
    }

    /**
     * Turtle with {@code </} and {@code <!} written as {@code \u003C/} and {@code \u003C!}. In Turtle written with
     * absolute IRIs, those two sequences occur only inside literals, where the escape means the same character.
     */
    public static ScriptData turtle(String turtle) {
        return new ScriptData(turtle.replace("</", "\\u003C/").replace("<!", "\\u003C!"));
    }

    @Override
    public String toString() { return text; }
}
