package org.pyconfgraph.publish.html;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.shared.PrefixMapping;
import org.pyconfgraph.format.RdfFormats;
import org.pyconfgraph.format.RdfWriters;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.QueryFiles;
import org.pyconfgraph.publish.document.HtmlDocumentRenderer;
import org.pyconfgraph.publish.document.ResourceDocument;
import org.pyconfgraph.publish.html.StatementTables.Table;
import org.pyconfgraph.release.ReleaseIndex;

/**
 * The HTML variant of a document ({@code templates/resource.mustache}): the topic's label, its summary in plain
 * words (its schema:description, which the rules write for events and series), its types, a series' editions in
 * the order held, every statement of the document in tables (the schema.org projection folded into one of its
 * own), links to the other formats, the document embedded as Turtle, and the topic's schema.org description as
 * JSON-LD for search engines.
 */
public final class ResourcePage implements HtmlDocumentRenderer {
    private static final Node SUMMARY = NodeFactory.createURI(Vocabularies.SCHEMA + "description");

    private final Templates templates = new Templates();
    private final String base;
    private final String release;
    private final PrefixMapping prefixes;
    private final RdfWriters writers;
    private final SeriesEditions seriesEditions;
    private final Disagreements disagreements;
    private final SourceSupport sourceSupport;
    private final Node sourceClass;
    private final Node seriesClass;
    private final Node statementClass;
    private final String keyedSources;
    private final Set<Node> factProperties;

    /** The indexes of the pages' long lists, for {@code build --out} to write into a release folder. */
    public static final List<ReleaseIndex> RELEASE_INDEXES =
        List.of(SourceSupport.RELEASE_INDEX, SeriesEditions.RELEASE_INDEX);

    public ResourcePage(PublishingContext context) {
        this.base = context.iris().base();
        this.release = context.release().id();
        this.prefixes = Vocabularies.prefixes(context.iris());
        this.writers = context.release().writers();
        this.seriesEditions = new SeriesEditions(context.store(), context.iris(), context.indexes());
        this.disagreements = new Disagreements(context.store(), context.iris());
        this.sourceSupport = new SourceSupport(context.store(), context.iris(), prefixes, context.indexes());
        this.sourceClass = NodeFactory.createURI(context.iris().term("Source"));
        this.seriesClass = NodeFactory.createURI(context.iris().term("Series"));
        this.statementClass = NodeFactory.createURI(context.iris().term("Statement"));
        this.keyedSources = context.iris().thing("source/");
        this.factProperties = factProperties(context);
    }

    /** The page's own scope in the template. */
    record Content(String iri, List<String> summary, List<Term> types, List<Edition> editions, long editionCount,
                   List<Disagreements.Disagreement> disagreements, SourceSupport.Supported supports, List<Table> tables,
                   List<Page.Alternate> formats, ScriptData turtle, ScriptData schemaOrg) {
        public boolean hasTypes() { return !types.isEmpty(); }

        public boolean hasDisagreements() { return !disagreements.isEmpty(); }

        public boolean hasEditions() { return !editions.isEmpty(); }

        /** Whether the series has more editions than its table lists. */
        public boolean moreEditions() { return editionCount > editions.size(); }

        public int shownEditions() { return editions.size(); }
    }

    /** A series' edition as its page's table shows it: linked by label, dates as stated, place, attendance. */
    record Edition(Term term, String date, String end, Term city, Term venue,
                   List<SeriesEditions.Figure> attendance) {}


    @Override
    public String render(ResourceDocument document) {
        Graph graph = document.graph();
        Node topic = document.topic();
        SeriesEditions.Shown shownEditions = graph.contains(topic, StatementTables.RDF_TYPE, seriesClass)
            ? seriesEditions.of(topic) : new SeriesEditions.Shown(0, List.of());
        List<SeriesEditions.Edition> editions = shownEditions.editions();
        StatementTables statements = new StatementTables(graph, topic, NodeFactory.createURI(document.documentIri()),
            prefixes, editions.stream().map(SeriesEditions.Edition::iri).toList(), keyedSources, statementClass,
            factProperties);
        Terms terms = statements.terms();
        List<Term> types = graph.find(topic, StatementTables.RDF_TYPE, Node.ANY)
            .filterDrop(t -> t.getObject().isURI() && t.getObject().getURI().startsWith(Vocabularies.SCHEMA))
            .mapWith(t -> terms.of(t.getObject())).toList();
        List<String> summary = graph.find(topic, SUMMARY, Node.ANY).mapWith(t -> t.getObject())
            .filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm).toList().stream().sorted().toList();
        List<Page.Alternate> formats = document.alternates().stream()
            .filter(a -> !a.mediaType().equals("text/html"))
            .map(a -> new Page.Alternate(a.url(), a.mediaType(), a.formatName()))
            .toList();
        Content content = new Content(topic.getURI(), summary, types, editions.stream()
            .map(e -> new Edition(Term.link(e.label() == null ? e.iri().getURI() : e.label(), e.iri().getURI()),
                e.dateText(), e.endText(), e.city(), e.venue(), e.attendance())).toList(), shownEditions.total(),
            disagreements.about(topic),
            graph.contains(topic, StatementTables.RDF_TYPE, sourceClass) ? sourceSupport.of(topic) : null,
            statements.tables(), formats,
            ScriptData.turtle(turtle(graph)), SchemaOrgDescription.of(topic, document.schemaOrg()).orElse(null));
        String title = terms.label(topic).orElseGet(() -> prefixes.shortForm(topic.getURI()));
        return templates.render("resource", new Page(title, base, release, formats, content));
    }

    /** The ontology's fact-bearing properties, read once: they do not change while a release is served. */
    private static Set<Node> factProperties(PublishingContext context) {
        Query query = QueryFiles.load(ResourcePage.class, "fact-properties.rq", context.iris());
        Set<Node> properties = new HashSet<>();
        context.store().readAtStart(reader -> reader.select(query, BindingFactory.empty()))
            .forEach(row -> properties.add(row.get("property")));
        return Set.copyOf(properties);
    }

    private String turtle(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writers.write(graph, RdfFormats.TURTLE, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
