package org.pyconfgraph.publish.html;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

/**
 * The HTML (and SVG) templates of {@code src/main/resources/templates/}. Mustache escapes every {@code {{value}}}
 * for HTML, so text from the data or a request can only reach a page as text. The one unescaped form,
 * {@code {{{text}}}}, writes the content of a script data block, which is not HTML: its values are
 * {@link ScriptData}, escaped for that place instead.
 */
public final class Templates {
    /** What every template may use besides its scope: {@code {{#asset}}style.css{{/asset}}}, see {@link Assets}. */
    private static final Map<String, Object> GLOBALS = Map.of("asset", Assets.BUNDLED.templateFunction());

    private final MustacheFactory factory = new DefaultMustacheFactory("templates");

    /** Renders {@code templates/NAME.mustache} with the given scope (a record, map or bean). */
    public String render(String name, Object scope) {
        Mustache template = factory.compile(name + ".mustache");
        StringWriter out = new StringWriter();
        try {
            template.execute(out, new Object[] {GLOBALS, scope}).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
