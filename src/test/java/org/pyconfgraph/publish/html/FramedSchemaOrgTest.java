package org.pyconfgraph.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.BundledRelease;

@DisplayName("A page's schema.org JSON-LD written directly")
class FramedSchemaOrgTest {
    private static final String S = Vocabularies.SCHEMA;
    private static final String ID = BundledRelease.iris().base() + "id/";

    @Test
    @DisplayName("is Titanium's framed text for every resource of the bundled data, with what it links to")
    void bundledResourcesGiveTitaniumsText() {
        Graph all = BundledRelease.release().dataset().getUnionGraph();
        Set<Node> resources = new LinkedHashSet<>();
        all.find().forEachRemaining(t -> {
            if (t.getSubject().isURI()) resources.add(t.getSubject());
        });
        int direct = 0;
        for (Node resource : resources) {
            Graph statements = GraphFactory.createDefaultGraph();
            all.find(resource, Node.ANY, Node.ANY).forEachRemaining(t -> {
                statements.add(t);
                if (t.getObject().isURI()) all.find(t.getObject(), Node.ANY, Node.ANY).forEachRemaining(statements::add);
            });
            Optional<String> written = FramedSchemaOrg.write(resource, statements);
            if (written.isEmpty()) continue;
            direct++;
            assertEquals(SchemaOrgDescription.framed(resource, statements), written.get(), resource.getURI());
        }
        assertTrue(direct >= resources.size() * 9 / 10, direct + " of " + resources.size() + " written directly");
    }

    @Test
    @DisplayName("is Titanium's framed text for languages, datatypes, long and escaped text, other vocabularies, "
        + "cycles and nodes met twice")
    void trickyStatementsGiveTitaniumsText() {
        Node event = iri(ID + "event/tricky");
        Node series = iri(ID + "series/tricky");
        Node place = iri(ID + "place/tricky");
        Graph g = GraphFactory.createDefaultGraph();
        add(g, event, RDF.type.asNode(), iri(S + "Event"));
        add(g, event, RDF.type.asNode(), iri("http://example.org/vocab#Meeting"));
        add(g, event, iri(S + "name"), NodeFactory.createLiteralLang("Gr\u00fc\u00dfe \u201cquoted\u201d \ud83d\udc0d", "de"));
        add(g, event, iri(S + "name"), NodeFactory.createLiteralLang("Tricky", "en-GB"));
        add(g, event, iri(S + "name"), NodeFactory.createLiteralLang("Tricky", "EN-gb"));
        add(g, event, iri(S + "name"), NodeFactory.createLiteralLang("\u65e5\u672c\u8a9e", "ja-Jpan"));
        add(g, event, iri(S + "description"), NodeFactory.createLiteralString(
            "quotes \" backslash \\ tab \t newline \n control \u0001\u001f del \u007f </script> <!-- " + "long ".repeat(100)));
        add(g, event, iri(S + "startDate"), NodeFactory.createLiteralDT("2024-05-17", XSDDatatype.XSDdate));
        add(g, event, iri(S + "maximumAttendeeCapacity"), NodeFactory.createLiteralDT("042", XSDDatatype.XSDinteger));
        add(g, event, iri(S + "endDate"), NodeFactory.createLiteralDT("2024", NodeFactory.getType(S + "Date")));
        add(g, event, iri(S + "superEvent"), series);
        add(g, event, iri(S + "location"), place);
        add(g, event, iri(S + "eventStatus"), iri(S + "EventScheduled"));
        add(g, event, iri(S), NodeFactory.createLiteralString("the vocabulary itself as a property"));
        add(g, event, RDFS.label.asNode(), NodeFactory.createLiteralString("another vocabulary"));
        add(g, event, iri(S + "sameAs"), iri("http://example.org/caf\u00e9?a=1&b=%20#frag"));
        add(g, series, RDF.type.asNode(), iri(S + "EventSeries"));
        add(g, series, iri(S + "subEvent"), event);
        add(g, series, iri(S + "subEvent"), iri(ID + "event/other"));
        add(g, series, iri(S + "location"), place);
        add(g, place, RDF.type.asNode(), iri(S + "Place"));
        add(g, place, iri(S + "name"), NodeFactory.createLiteralString("Somewhere"));
        for (Node top : List.of(event, series, place, iri(S + "EventScheduled"), iri(ID + "absent"))) {
            Optional<String> written = FramedSchemaOrg.write(top, g);
            assertTrue(written.isPresent(), "IRIs and literals are written directly");
            assertEquals(SchemaOrgDescription.framed(top, g), written.get(), top.getURI());
        }
    }

    @Test
    @DisplayName("leaves graphs with blank nodes, lists or JSON literals to Titanium, whose text the page then has")
    void blankNodesAndListsAreFramedByTitanium() {
        Node event = iri(ID + "event/blank");
        Graph blank = GraphFactory.createDefaultGraph();
        Node address = NodeFactory.createBlankNode();
        add(blank, event, iri(S + "address"), address);
        add(blank, address, iri(S + "addressCountry"), NodeFactory.createLiteralString("XB"));
        Graph list = GraphFactory.createDefaultGraph();
        add(list, event, iri(S + "keywords"), RDF.nil.asNode());
        Graph json = GraphFactory.createDefaultGraph();
        add(json, event, iri(S + "description"), NodeFactory.createLiteralDT("{\"a\":1}", NodeFactory.getType(RDF.dtRDFJSON.getURI())));
        for (Graph g : List.of(blank, list, json)) {
            assertTrue(FramedSchemaOrg.write(event, g).isEmpty());
            assertEquals(ScriptData.json(SchemaOrgDescription.framed(event, g)).text(),
                SchemaOrgDescription.of(event, g).orElseThrow().text());
        }
    }

    private static Node iri(String iri) { return NodeFactory.createURI(iri); }

    private static void add(Graph g, Node s, Node p, Node o) { g.add(Triple.create(s, p, o)); }
}
