package org.pyconfgraph.publish.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a page in the browser shows a reader with assistive technology or a small screen: axe-core's rule
 * violations (its webjar, run in the page through the driver, which the page's Content-Security-Policy does not
 * govern), and words the layout breaks in the middle.
 */
final class Accessibility {
    private static final String AXE_SCRIPT = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String AXE = read(AXE_SCRIPT);

    /**
     * Words of the page's text split across lines. IRIs and code may break anywhere (they are no words); so may a
     * word at a hyphen, a dash or a slash.
     */
    private static final String BROKEN_WORDS = """
        var broken = [];
        function visuallyHidden(element) {
          for (var e = element; e; e = e.parentElement) {
            var box = e.getBoundingClientRect();
            if (box.width <= 1 && box.height <= 1) return true;
          }
          return false;
        }
        var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (var node = walker.nextNode(); node; node = walker.nextNode()) {
          var parent = node.parentElement;
          if (!parent || parent.closest('code, pre, svg, script, style, .CodeMirror, [hidden], details:not([open]) > :not(summary)')) continue;
          if (!parent.getClientRects().length || visuallyHidden(parent)) continue;
          var text = node.textContent, chunk = /\\S+/g, word = /[^\\-\\u2010-\\u2015\\/]+/g, found, match;
          while ((found = chunk.exec(text))) {
           if (found[0].indexOf('://') >= 0 || /^_:/.test(found[0])) continue;
           word.lastIndex = 0;
           while ((match = word.exec(found[0]))) {
            if (match[0].length < 2) continue;
            match.index += found.index;
            var range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            var tops = {};
            Array.prototype.forEach.call(range.getClientRects(), function (r) { if (r.width > 0) tops[Math.round(r.top)] = 1; });
            if (Object.keys(tops).length > 1) broken.push(match[0] + ' in <' + parent.tagName.toLowerCase() + ' class="' + parent.className + '">');
           }
          }
        }
        return broken;
        """;

    private Accessibility() {}

    /** axe-core's violations of the open page, one line each: rule, impact and the first elements it names. */
    @SuppressWarnings("unchecked")
    static List<String> violations(ChromeDriver browser) {
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object'"))) {
            browser.executeScript(AXE + "\n;window.axe = axe;");
        }
        return (List<String>) browser.executeAsyncScript("""
            var done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] }).then(function (results) {
              done(results.violations.map(function (v) {
                return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 4).map(function (n) {
                  return n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : '');
                }).join('; ');
              }));
            }, function (error) { done(['axe-core failed: ' + error]); });
            """);
    }

    /** Words broken across lines in the open page, each with the element it is in. */
    @SuppressWarnings("unchecked")
    static List<String> brokenWords(ChromeDriver browser) {
        return (List<String>) browser.executeScript(BROKEN_WORDS);
    }

    private static String read(String resource) {
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("axe-core is not on the test class path: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
