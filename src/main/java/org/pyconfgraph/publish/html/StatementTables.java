package org.pyconfgraph.publish.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.pyconfgraph.model.Vocabularies;

/**
 * Sorts every statement of a document into exactly one of the page's tables: about the topic, about each of its
 * hash IRIs and blank nodes, links to the topic, about the document, about the other resources mentioned, and,
 * folded away at the end, the schema.org projection the inferred graph restates them in (shown once, not beside
 * each of our statements).
 */
final class StatementTables {
    static final Node RDF_TYPE = NodeFactory.createURI(Vocabularies.RDF + "type");

    /**
     * Statements sharing their subject (named above the table, not in it) or their object.
     *
     * @param subject the subject of every row, or null if each row shows its own
     * @param object  the object of every row, or null if each row shows its own
     */
    record Table(String heading, String id, String subject, String object, List<Row> rows, boolean folded) {
        Table(String heading, String id, String subject, String object, List<Row> rows) {
            this(heading, id, subject, object, rows, false);
        }

        public boolean showSubject() { return subject == null; }

        /** The heading in pieces that may wrap between them (see {@link BreakPoints}). */
        public List<String> headingPieces() { return BreakPoints.pieces(heading); }

        public boolean showObject() { return object == null; }
    }

    /** One statement; {@code marks} link to the sources stating the value (rows about the topic and its parts). */
    record Row(Term s, Term p, Term o, List<SourceMark> marks) {
        Row(Term s, Term p, Term o) { this(s, p, o, List.of()); }
    }

    private final Graph graph;
    private final Node topic;
    private final Node document;
    private final List<Node> parts;
    private final Terms terms;
    private final SourceMarks marks;
    private final Set<Triple> shown = new HashSet<>();
    private final Map<Node, Integer> rank = new HashMap<>();

    /**
     * @param order         resources in the order their rows should come (a series' editions as held), before others
     * @param keyedSources  the IRI prefix of sources named by their key
     * @param statementType pcg:Statement, whose own rows carry no marks
     * @param facts         the fact-bearing properties (pcg:FactProperty)
     */
    StatementTables(Graph graph, Node topic, Node document, PrefixMapping prefixes, List<Node> order,
                    String keyedSources, Node statementType, Set<Node> facts) {
        this.graph = graph;
        order.forEach(node -> rank.putIfAbsent(node, rank.size()));
        this.topic = topic;
        this.document = document;
        this.parts = parts();
        this.terms = new Terms(graph, prefixes, blankIds());
        this.marks = new SourceMarks(graph, keyedSources, statementType, facts, terms);
    }

    Terms terms() { return terms; }

    /** The tables in page order, empty ones left out; the last holds whatever the others did not. */
    List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        // A hash IRI or blank node described only in schema.org terms (a venue's <#address>) keeps its section.
        List<Triple> projection = take(t -> schemaOrg(t) && !parts.contains(t.getSubject()));
        List<Triple> facts = take(t -> t.getSubject().equals(topic));
        tables.add(about("Statements", null, topic, facts));
        for (Node part : parts)
            tables.add(about(terms.label(part).orElse(terms.of(part).text()), anchor(part), part,
                take(t -> t.getSubject().equals(part))));
        Table aboutDocument = about("About this document", null, document, document.equals(topic) ? List.of()
            : take(t -> t.getSubject().equals(document)));
        tables.add(new Table("Links here", null, null, topic.getURI(),
            take(t -> t.getObject().equals(topic)).stream()
                .map(t -> new Row(terms.of(t.getSubject()), terms.property(t.getPredicate()), null)).toList()));
        tables.add(aboutDocument);
        List<Triple> others = take(t -> true);
        others.sort(Comparator.comparing((Triple t) -> terms.of(t.getSubject()).text()));
        tables.add(new Table(facts.isEmpty() ? "Statements" : "About linked resources", null, null, null,
            others.stream().map(t -> new Row(terms.of(t.getSubject()), terms.property(t.getPredicate()),
                terms.of(t.getObject()))).toList()));
        projection.sort(Comparator.comparing((Triple t) -> !t.getSubject().equals(topic))
            .thenComparing(t -> terms.of(t.getSubject()).text()));
        tables.add(new Table("In schema.org terms", "schema-org", null, null, projection.stream()
            .map(t -> new Row(terms.of(t.getSubject()), terms.property(t.getPredicate()), terms.of(t.getObject())))
            .toList(), true));
        return tables.stream().filter(t -> !t.rows().isEmpty()).toList();
    }

    private Table about(String heading, String id, Node subject, List<Triple> statements) {
        return new Table(heading, id, terms.name(subject), null, statements.stream()
            .map(t -> new Row(null, terms.property(t.getPredicate()), terms.of(t.getObject()), marks.of(t))).toList());
    }

    /** A statement of the schema.org projection: a schema.org property, or a schema.org type. */
    private static boolean schemaOrg(Triple t) {
        Node p = t.getPredicate();
        Node o = t.getObject();
        return p.getURI().startsWith(Vocabularies.SCHEMA)
            || p.equals(RDF_TYPE) && o.isURI() && o.getURI().startsWith(Vocabularies.SCHEMA);
    }

    private int rank(Node node) { return rank.getOrDefault(node, Integer.MAX_VALUE); }

    /**
     * The statements matching and not yet in a table, in reading order: types, then by property, then resources
     * of a known order (editions as held), then by subject and value.
     */
    private List<Triple> take(Predicate<Triple> which) {
        List<Triple> taken = new ArrayList<>(graph.find().filterKeep(t -> !shown.contains(t) && which.test(t)).toList());
        shown.addAll(taken);
        taken.sort(Comparator.comparing((Triple t) -> !t.getPredicate().equals(RDF_TYPE))
            .thenComparing(t -> t.getPredicate().getURI())
            .thenComparingInt(t -> rank(t.getSubject()))
            .thenComparingInt(t -> rank(t.getObject()))
            .thenComparing(t -> t.getSubject().isBlank() ? "" : t.getSubject().toString())
            .thenComparing(t -> t.getObject().isBlank() ? "" : t.getObject().toString()));
        return taken;
    }

    /** The topic's hash IRIs, then its blank nodes breadth first, then any other blank node with statements. */
    private List<Node> parts() {
        String hashPrefix = topic.getURI() + "#";
        List<Node> found = new ArrayList<>(graph.find().mapWith(Triple::getSubject)
            .filterKeep(s -> s.isURI() && s.getURI().startsWith(hashPrefix)).toSet());
        found.sort(Comparator.comparing(Node::getURI));
        Deque<Node> queue = new ArrayDeque<>(found);
        queue.addFirst(topic);
        while (!queue.isEmpty()) {
            Node current = queue.poll();
            graph.find(current, Node.ANY, Node.ANY).mapWith(Triple::getObject).forEachRemaining(o -> {
                if (o.isBlank() && !found.contains(o)) {
                    found.add(o);
                    queue.add(o);
                }
            });
        }
        graph.find().mapWith(Triple::getSubject).forEachRemaining(s -> {
            if (s.isBlank() && !found.contains(s)) found.add(s);
        });
        return found;
    }

    private Map<Node, String> blankIds() {
        Map<Node, String> ids = new LinkedHashMap<>();
        parts.stream().filter(Node::isBlank).forEach(b -> ids.put(b, "b" + (ids.size() + 1)));
        graph.find().mapWith(Triple::getObject).forEachRemaining(o -> {
            if (o.isBlank()) ids.putIfAbsent(o, "b" + (ids.size() + 1));
        });
        return ids;
    }

    /** The section id a hash IRI's fragment points at, so that following the IRI lands on its section. */
    private String anchor(Node part) {
        return part.isBlank() ? terms.of(part).anchor() : part.getURI().substring(topic.getURI().length() + 1);
    }
}
