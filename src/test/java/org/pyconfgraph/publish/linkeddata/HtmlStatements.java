package org.pyconfgraph.publish.linkeddata;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads back the statements a resource page shows in its tables: a table names the subject or object its rows
 * share ({@code data-subject}, {@code data-object}), each cell shows a link, an IRI as code, a literal with its
 * language or datatype, or a blank node.
 */
final class HtmlStatements {
    private final Map<String, Node> blankNodes = new HashMap<>();

    private HtmlStatements() {}

    static Graph read(Document page) {
        HtmlStatements reader = new HtmlStatements();
        Graph graph = GraphFactory.createDefaultGraph();
        for (Element table : page.select("table.statements")) {
            String subject = table.attr("data-subject");
            String object = table.attr("data-object");
            for (Element row : table.select("tbody > tr")) {
                graph.add(
                    subject.isEmpty() ? reader.term(row.selectFirst("td.s")) : reader.named(subject),
                    reader.term(row.selectFirst("td.p")),
                    object.isEmpty() ? reader.term(row.selectFirst("td.o")) : reader.named(object));
            }
        }
        return graph;
    }

    private Node term(Element cell) {
        Element link = cell.selectFirst("a.iri");
        if (link != null) return NodeFactory.createURI(link.attr("href"));
        Element code = cell.selectFirst("code.iri");
        if (code != null) return NodeFactory.createURI(code.wholeText());
        Element blank = cell.selectFirst("a.bnode");
        if (blank != null) return named(blank.wholeText());
        Element literal = cell.selectFirst("span.literal");
        if (literal == null) throw new AssertionError("a cell showing no term: " + cell);
        if (literal.hasAttr("lang")) return NodeFactory.createLiteralLang(literal.wholeText(), literal.attr("lang"));
        Element datatype = cell.selectFirst("span.datatype a");
        if (datatype == null) return NodeFactory.createLiteralString(literal.wholeText());
        return NodeFactory.createLiteralDT(literal.wholeText(),
            TypeMapper.getInstance().getSafeTypeByName(datatype.attr("href")));
    }

    private Node named(String name) {
        return name.startsWith("_:") ? blankNodes.computeIfAbsent(name, n -> NodeFactory.createBlankNode())
            : NodeFactory.createURI(name);
    }
}
